import { inflateRawSync } from 'node:zlib';

/**
 * Reads named entries out of a zip (a jar) held in memory: central directory, then each
 * entry's local header, stored or deflated. Enough for Maven jars (no zip64, no encryption).
 */
export function extractZipEntries(zip: Buffer, names: readonly string[]): Map<string, Buffer> {
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const wanted = new Set(names);
  const found = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error('corrupt zip: bad central directory entry');
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (!wanted.has(name)) continue;
    if (zip.readUInt32LE(localHeader) !== 0x04034b50) throw new Error(`corrupt zip: bad local header for ${name}`);
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    const data = method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw) : undefined;
    if (!data) throw new Error(`unsupported zip compression method ${method} for ${name}`);
    if (data.length !== size) throw new Error(`corrupt zip: ${name} inflated to ${data.length} bytes, expected ${size}`);
    found.set(name, data);
  }
  const missing = names.filter((name) => !found.has(name));
  if (missing.length) throw new Error(`the jar lacks ${missing.join(', ')}`);
  return found;
}

function findEndOfCentralDirectory(zip: Buffer): number {
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i -= 1) {
    if (zip.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw new Error('not a zip file: no end of central directory');
}
