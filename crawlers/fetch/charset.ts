import iconv from 'iconv-lite';

/** Decoding fetched bytes: charset from the HTTP header, a BOM, `<meta>` or the XML declaration. */

const ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb18030: 'gb18030',
  'gb_2312-80': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  big5: 'big5',
  utf8: 'utf-8',
};

function normalise(label: string | null | undefined): string | null {
  if (!label) return null;
  const key = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  const name = ALIASES[key] ?? key;
  return iconv.encodingExists(name) ? name : null;
}

export function charsetFromContentType(contentType: string | null): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return normalise(match?.[1]);
}

function charsetFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function charsetFromMarkup(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return normalise(meta?.[1]);
}

/** The BOM wins over the header (as browsers do), the header over markup; UTF-8 otherwise. */
export function detectCharset(bytes: Uint8Array, contentType: string | null): string {
  return charsetFromBom(bytes) ?? charsetFromContentType(contentType) ?? charsetFromMarkup(bytes) ?? 'utf-8';
}

export function decodeBody(bytes: Uint8Array, contentType: string | null): { text: string; charset: string } {
  const charset = detectCharset(bytes, contentType);
  // iconv-lite strips a BOM by default.
  return { text: iconv.decode(Buffer.from(bytes), charset), charset };
}
