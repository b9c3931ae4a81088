/** Abstracts as CNKI and the other databases export them: their markup removed, what else looked like markup named. */

/** CNKI's openings: `Abstract(#br)` before English abstracts, `<正>` (also `‹正>`) before abstracts cut from the article's first paragraph. */
const CNKI_OPENING = /^\s*(?:(?:abstract|摘要)\s*\(#br\)|[‹<〈＜]\s*正\s*[>›〉＞]|&lt;\s*正\s*&gt;)\s*/i;

/** HTML that reaches abstracts (superscripts, italics, paragraph and line breaks). */
const HTML_TAG = /<\/?(p|br|sup|sub|i|b|em|strong|span|div|font|u)\b[^>]*>/gi;

/** Strips the label some exports put before an abstract (摘要：, 【摘要】, Abstract:). */
const LABEL = /^(?:[【[]?\s*摘\s*要\s*[】\]]?\s*[:：]?|abstract\s*[:：])\s*/i;

export function cleanAbstract(text: string): { text: string; markup: string[] } {
  let value = text;
  for (let previous = ''; previous !== value;) {
    previous = value;
    value = value.replace(CNKI_OPENING, '').replace(LABEL, '');
  }
  value = value.replace(/\(#br\)/g, '\n');
  const markup = new Set<string>();
  value = value.replace(HTML_TAG, (_tag, name: string) => {
    markup.add(`<${name.toLowerCase()}>`);
    return ' ';
  });
  return { text: value, markup: [...markup] };
}
