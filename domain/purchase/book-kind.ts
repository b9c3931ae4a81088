import { BOOK_KIND_LABELS, BOOK_KINDS, type BookKind } from './types.js';

/**
 * A 类型 cell as an ILS exports it: the Chinese label (教材教辅, 工具书, 玩具书 or 立体书…) or the
 * code (TEXTBOOK, any case); empty is 普通图书. Null for anything else.
 */
export function parseBookKind(text: string): BookKind | null {
  const cell = text.trim();
  if (!cell) return 'GENERAL';
  const byLabel = BOOK_KINDS.find((kind) => BOOK_KIND_LABELS[kind] === cell || BOOK_KIND_LABELS[kind].split('/').includes(cell));
  if (byLabel) return byLabel;
  const code = cell.toUpperCase();
  return (BOOK_KINDS as readonly string[]).includes(code) ? (code as BookKind) : null;
}
