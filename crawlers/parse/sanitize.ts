import sanitizeHtml from 'sanitize-html';

/** Stored HTML keeps structure, tables, links and images; scripts, styles, handlers and iframes go. */
export function sanitise(html: string, baseUrl: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'span', 'font', 'center', 'sup', 'sub'],
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      td: ['colspan', 'rowspan', 'align'],
      th: ['colspan', 'rowspan', 'align'],
      p: ['align'],
      '*': [],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: absolutise(attribs, 'href', baseUrl) }),
      img: (tagName, attribs) => ({ tagName, attribs: absolutise(attribs, 'src', baseUrl) }),
    },
  }).trim();
}

function absolutise(attribs: Record<string, string>, name: string, baseUrl: string): Record<string, string> {
  const value = attribs[name];
  if (!value) return attribs;
  try {
    return { ...attribs, [name]: new URL(value, baseUrl).toString() };
  } catch {
    const { [name]: _dropped, ...rest } = attribs;
    return rest;
  }
}

/** Plain text of an HTML fragment, block elements on their own lines. */
export function htmlToText(html: string): string {
  return sanitizeHtml(html.replace(/<(br|\/p|\/div|\/tr|\/li|\/h\d|\/table)\b[^>]*>/gi, '\n$&'), { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t\u3000\u00a0]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}
