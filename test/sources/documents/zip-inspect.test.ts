import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { DocumentReadError } from '../../../shared/sources/documents/document-error.js';
import { ZIP_LIMITS } from '../../../shared/sources/documents/limits.js';
import { inspectZip } from '../../../shared/sources/documents/zip-inspect.js';
import { buildZip, minimalDocxEntries } from './zip-builder.js';

function refusal(bytes: Uint8Array): DocumentReadError {
  try {
    inspectZip(bytes, 'policy.docx', ZIP_LIMITS);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentReadError);
    return error as DocumentReadError;
  }
  throw new Error('expected a refusal');
}

/** One stored entry whose sizes live in a zip64 extra field, as tools write files over 4 GB. */
function zip64Archive(declaredSize: bigint): Uint8Array {
  const name = Buffer.from('word/document.xml');
  const data = Buffer.from('<w:document/>');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(45, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const extra = Buffer.alloc(20);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(16, 2);
  extra.writeBigUInt64LE(declaredSize, 4);
  extra.writeBigUInt64LE(BigInt(data.length), 12);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(45, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(0xffffffff, 20);
  central.writeUInt32LE(0xffffffff, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt16LE(extra.length, 30);
  const cdOffset = local.length + name.length + data.length;
  const cdSize = central.length + name.length + extra.length;
  const eocd64 = Buffer.alloc(56);
  eocd64.writeUInt32LE(0x06064b50, 0);
  eocd64.writeBigUInt64LE(44n, 4);
  eocd64.writeBigUInt64LE(1n, 24);
  eocd64.writeBigUInt64LE(1n, 32);
  eocd64.writeBigUInt64LE(BigInt(cdSize), 40);
  eocd64.writeBigUInt64LE(BigInt(cdOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
  locator.writeUInt32LE(1, 16);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(0xffff, 8);
  eocd.writeUInt16LE(0xffff, 10);
  eocd.writeUInt32LE(0xffffffff, 12);
  eocd.writeUInt32LE(0xffffffff, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, extra, eocd64, locator, eocd]));
}

describe('inspectZip', () => {
  it('lists the parts of a real Word document without inflating them', async () => {
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('We reply within a day.')] }] })));
    const entries = inspectZip(docx, 'a.docx', ZIP_LIMITS);
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    for (const e of entries) expect(e.dataOffset + e.compressedSize).toBeLessThanOrEqual(docx.length);
  });

  it('finds the directory behind an archive comment', () => {
    const zip = buildZip(minimalDocxEntries('<w:p/>'));
    const commented = Buffer.concat([Buffer.from(zip), Buffer.from('Saved by a document management system')]);
    commented.writeUInt16LE(37, zip.length - 2);
    expect(inspectZip(new Uint8Array(commented), 'a.docx', ZIP_LIMITS)).toHaveLength(3);
  });

  it('reads zip64 sizes, and refuses the petabyte an entry declares there', () => {
    expect(refusal(zip64Archive(2n ** 50n)).message).toBe(
      'policy.docx: refused as a possible zip bomb: it would expand to more than 256.0 MB (limit), at entry "word/document.xml"',
    );
  });

  it.each<[string, (zip: Buffer) => void, string, string]>([
    ['an encrypted entry', (zip) => setCentral(zip, 8, 0x0001), 'encrypted', 'policy.docx: is encrypted ("[Content_Types].xml"); save a copy without a password'],
    ['an unsupported compression method', (zip) => setCentral(zip, 10, 12), 'corrupt', 'policy.docx: is not a valid zip archive: "[Content_Types].xml" uses compression method 12, which is not supported'],
    ['a local header that is not there', (zip) => zip.writeUInt32LE(0, 0), 'corrupt', 'policy.docx: is not a valid zip archive: "[Content_Types].xml" points to a missing local header'],
  ])('refuses %s', (_name, damage, code, message) => {
    const zip = Buffer.from(buildZip(minimalDocxEntries('<w:p/>')));
    damage(zip);
    expect(refusal(new Uint8Array(zip))).toMatchObject({ code, message });
  });
});

// Writes a 16-bit field of the first central directory entry.
function setCentral(zip: Buffer, field: number, value: number): void {
  const at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  zip.writeUInt16LE(value, at + field);
}
