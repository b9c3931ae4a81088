import { inflateRawSync } from 'node:zlib';
import { AppError } from '../errors.js';

/**
 * Checks a spreadsheet's bytes before any spreadsheet library sees them, so that what is not
 * an .xlsx file, or is one built to exhaust memory, is refused with one line: old binary
 * Excel/WPS (.xls/.et, OLE2 containers), password-protected workbooks (also OLE2, holding an
 * `EncryptedPackage`), corrupt zips, and zip bombs (too much inflated data, or entries that
 * inflate past what they declare).
 */

export class SpreadsheetError extends AppError {
  constructor(message: string) {
    super('VALIDATION', message);
  }
}

const XLSX_LIMITS = {
  /** Total inflated size of every entry. */
  maxInflatedBytes: 200 * 1024 * 1024,
  /** Inflated size of one entry relative to its compressed size. */
  maxRatio: 200,
  maxEntries: 2000,
};

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export const isZip = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 4)).equals(ZIP);
export const isOle2 = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 8)).equals(OLE2);

export function checkXlsxBytes(bytes: Uint8Array, limits = XLSX_LIMITS): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isOle2(buffer)) {
    if (buffer.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      throw new SpreadsheetError('the workbook is password-protected; remove the password in Excel/WPS and send it again');
    }
    throw new SpreadsheetError('this is an old binary .xls/.et workbook; save it as .xlsx (Excel 2007+) or CSV UTF-8 and send that');
  }
  if (!isZip(buffer)) throw new SpreadsheetError('not an .xlsx workbook (expected an Office Open XML zip)');
  const entries = centralDirectory(buffer, limits);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw new SpreadsheetError('not an .xlsx workbook: it has no xl/workbook.xml');
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 1) throw new SpreadsheetError('the workbook is encrypted; remove the password and send it again');
    total += entry.size;
    if (total > limits.maxInflatedBytes)
      throw new SpreadsheetError(`the workbook inflates to more than ${limits.maxInflatedBytes / 1024 / 1024} MB; split it`);
    if (entry.size > 1024 * 1024 && entry.size > entry.compressedSize * limits.maxRatio) {
      throw new SpreadsheetError(
        `refused: ${entry.name} inflates ${Math.round(entry.size / Math.max(1, entry.compressedSize))}× (a zip bomb?)`,
      );
    }
    inflateEntry(buffer, entry);
  }
}

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

function centralDirectory(zip: Buffer, limits: typeof XLSX_LIMITS): Entry[] {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i -= 1) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new SpreadsheetError('the workbook is damaged (truncated zip: no central directory)');
  const count = zip.readUInt16LE(end + 10);
  if (count > limits.maxEntries) throw new SpreadsheetError(`the workbook has ${count} parts; at most ${limits.maxEntries}`);
  let offset = zip.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50)
      throw new SpreadsheetError('the workbook is damaged (bad zip directory)');
    const nameLength = zip.readUInt16LE(offset + 28);
    entries.push({
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      flags: zip.readUInt16LE(offset + 8),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      size: zip.readUInt32LE(offset + 24),
      localHeader: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return entries;
}

/** Inflates one entry with its declared size as the ceiling: an entry that lies about its size is refused. */
function inflateEntry(zip: Buffer, entry: Entry): void {
  const at = entry.localHeader;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw new SpreadsheetError(`the workbook is damaged (${entry.name})`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const raw = zip.subarray(start, start + entry.compressedSize);
  if (raw.length !== entry.compressedSize) throw new SpreadsheetError(`the workbook is damaged (${entry.name} is cut short)`);
  if (entry.method === 0) return;
  if (entry.method !== 8) throw new SpreadsheetError(`the workbook uses an unsupported compression (${entry.name})`);
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
  } catch (error) {
    const tooBig =
      (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|larger than/i.test((error as Error).message);
    throw new SpreadsheetError(
      tooBig
        ? `refused: ${entry.name} inflates past its declared size (a zip bomb?)`
        : `the workbook is damaged (${entry.name} does not inflate)`,
    );
  }
  if (inflated.length !== entry.size) throw new SpreadsheetError(`the workbook is damaged (${entry.name} has the wrong size)`);
}
