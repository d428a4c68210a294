/**
 * Office files that are zip bombs: a Word document and an Excel workbook whose main XML part
 * inflates from about a megabyte to a gigabyte. The deflate stream is one fully-flushed block
 * of a megabyte of spaces repeated (each such block stands alone, so repeats are valid), and
 * the CRC is computed piecewise, so building a 1 GB bomb costs milliseconds and no memory.
 * Every size and CRC is true: only the ratio is hostile.
 */
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

const MiB = 1024 * 1024;

/** One zip entry: its name, stored (method 0) or deflated (method 8) bytes, true size and CRC. */
interface Entry {
  readonly name: string;
  readonly data: Buffer;
  readonly method: 0 | 8;
  readonly size: number;
  readonly crc: number;
}

function plain(name: string, text: string): Entry {
  const data = Buffer.from(text, 'utf8');
  return { name, data, method: 0, size: data.length, crc: crc32(data) };
}

/** `head`, then `megabytes` MiB of spaces, then `tail`, deflated without ever holding the spaces. */
function bomb(name: string, head: string, megabytes: number, tail: string): Entry {
  const space = Buffer.alloc(MiB, 0x20);
  const block = deflateRawSync(space, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const headBytes = Buffer.from(head, 'utf8');
  const tailBytes = Buffer.from(tail, 'utf8');
  let crc = crc32(headBytes);
  for (let i = 0; i < megabytes; i++) crc = crc32(space, crc);
  crc = crc32(tailBytes, crc);
  const data = Buffer.concat([
    deflateRawSync(headBytes, { finishFlush: constants.Z_FULL_FLUSH }),
    ...Array<Buffer>(megabytes).fill(block),
    deflateRawSync(tailBytes), // the final block
  ]);
  return { name, data, method: 8, size: headBytes.length + megabytes * MiB + tailBytes.length, crc };
}

function zip(entries: readonly Entry[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    central.push(dir, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A Word document whose word/document.xml holds one promise and then `megabytes` MiB of spaces. */
export function docxBomb(megabytes: number): Uint8Array {
  return zip([
    plain(
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    plain('_rels/.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`),
    bomb(
      'word/document.xml',
      `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>We answer every call within 30 seconds.</w:t></w:r></w:p>`,
      megabytes,
      '</w:body></w:document>',
    ),
  ]);
}

const cell = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A canonical practice log as a workbook whose sheet holds two rows and then `megabytes` MiB of spaces. */
export function xlsxBomb(megabytes: number): Uint8Array {
  const rows =
    `<row r="1">${cell('A1', 'occurred_at')}${cell('B1', 'metric')}${cell('C1', 'value')}${cell('D1', 'unit')}</row>` +
    `<row r="2">${cell('A2', '2024-03-04T09:00:00Z')}${cell('B2', 'phone-answer')}<c r="C2"><v>14</v></c>${cell('D2', 'seconds')}</row>`;
  return zip([
    plain(
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    plain('_rels/.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    plain('xl/workbook.xml', `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets><sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    plain('xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    bomb('xl/worksheets/sheet1.xml', `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}`, megabytes, '</sheetData></worksheet>'),
  ]);
}

/** A well-formed 8-bit greyscale PNG header declaring `width` x `height`, with a first slice of image data. */
export function hugePng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(0, 9); // greyscale
  // The first rows only: a decoder that started would ask for gigabytes before it noticed.
  const idat = deflateSync(Buffer.alloc((width + 1) * 4, 0x80));
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]),
  );
}
