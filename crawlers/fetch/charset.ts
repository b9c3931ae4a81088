import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * Decoding fetched bytes: charset from a BOM, the UTF-16 shape of an XML start, the HTTP header,
 * `<meta>` or the XML declaration; a detector (chardet) when those disagree, say nothing, or name
 * a charset the bytes are not in.
 */

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

/** `<?` or `<r`… in UTF-16 without a BOM (XML 1.0 appendix F): a zero byte beside each ASCII one. */
function charsetFromUtf16Shape(bytes: Uint8Array): string | null {
  if (bytes.length < 4) return null;
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] !== 0) return 'utf-16be';
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodesCleanly(bytes: Uint8Array, charset: string): boolean {
  if (charset === 'utf-8') {
    try {
      strictUtf8.decode(bytes);
      return true;
    } catch {
      return false;
    }
  }
  return !iconv.decode(Buffer.from(bytes), charset).includes('\uFFFD');
}

const isAscii = (bytes: Uint8Array) => bytes.every((byte) => byte < 0x80);

/** The detector's best guess that iconv can decode, if it is sure enough. */
function detected(bytes: Uint8Array): string | null {
  for (const match of chardet.analyse(bytes)) {
    if (match.confidence < 50) return null;
    const name = normalise(match.name);
    if (name) return name;
  }
  return null;
}

/**
 * The BOM wins, then a BOM-less UTF-16 start; then the header and the markup when they agree
 * (or only one speaks) and the bytes decode cleanly in it; otherwise valid UTF-8, or the detector.
 */
export function detectCharset(bytes: Uint8Array, contentType: string | null): string {
  const sure = charsetFromBom(bytes) ?? charsetFromUtf16Shape(bytes);
  if (sure) return sure;
  const header = charsetFromContentType(contentType);
  const markup = charsetFromMarkup(bytes);
  const declared = header ?? markup;
  const agree = header === null || markup === null || header === markup;
  if (declared && agree && decodesCleanly(bytes, declared)) return declared;
  if (isAscii(bytes)) return declared ?? 'utf-8';
  if (decodesCleanly(bytes, 'utf-8')) return 'utf-8';
  return detected(bytes) ?? markup ?? header ?? 'utf-8';
}

export function decodeBody(bytes: Uint8Array, contentType: string | null): { text: string; charset: string } {
  const charset = detectCharset(bytes, contentType);
  // iconv-lite strips a BOM by default.
  return { text: iconv.decode(Buffer.from(bytes), charset), charset };
}
