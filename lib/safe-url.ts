/**
 * An absolute http(s) URL for `href` (relative to `base`), or null. The scheme is read after
 * the WHATWG URL parser has normalised the text (tabs and newlines dropped, case folded), so
 * `java\tscript:`, `JAVASCRIPT:`, `data:` and `vbscript:` links are all refused.
 */
export function httpUrl(href: string | null | undefined, base?: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** decodeURIComponent that gives the text back as it was when its percent-encoding is malformed. */
export function decodeUriLenient(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
