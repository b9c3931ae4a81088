import iconv from 'iconv-lite';

/** How a Chinese export or table file was written. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Decodes an export or table file: a UTF-8 byte-order mark wins; otherwise strict UTF-8; otherwise
 * GB18030 (which covers GBK and GB2312, what CNKI, Wanfang and VIP write on Chinese Windows).
 * A file that is almost all valid UTF-8 but has a few broken bytes stays UTF-8: the broken
 * bytes become U+FFFD, and the records that contain them are rejected by the parser stage.
 */
export function decodeChineseText(buffer: Uint8Array, forced?: TextEncoding): DecodedText {
  const hasBom = UTF8_BOM.every((byte, index) => buffer[index] === byte);
  if (forced === 'gb18030') return { text: iconv.decode(Buffer.from(buffer), 'gb18030'), encoding: 'gb18030' };
  if (hasBom) return { text: lenientUtf8.decode(buffer.subarray(3)), encoding: 'utf-8-bom' };
  if (forced === 'utf-8' || forced === 'utf-8-bom') return { text: lenientUtf8.decode(buffer), encoding: 'utf-8' };
  try {
    return { text: strictUtf8.decode(buffer), encoding: 'utf-8' };
  } catch {
    if (utf8Share(buffer) >= 0.9) return { text: lenientUtf8.decode(buffer), encoding: 'utf-8' };
    return { text: iconv.decode(Buffer.from(buffer), 'gb18030'), encoding: 'gb18030' };
  }
}

/** Share of the non-ASCII bytes that sit in well-formed UTF-8 sequences (GBK text scores near 0). */
function utf8Share(buffer: Uint8Array): number {
  let high = 0;
  let inSequences = 0;
  for (let i = 0; i < buffer.length;) {
    const byte = buffer[i]!;
    if (byte < 0x80) {
      i += 1;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= buffer.length;
    for (let k = 1; ok && k < length; k += 1) ok = (buffer[i + k]! & 0xc0) === 0x80;
    if (ok) {
      high += length;
      inSequences += length;
      i += length;
    } else {
      high += 1;
      i += 1;
    }
  }
  return high === 0 ? 1 : inSequences / high;
}

/** True when decoding met bytes that are not text in the chosen encoding. */
export const hasUndecodableBytes = (text: string) => text.includes('\uFFFD');
