/** 12800 → "128.00 元": fen are integers; this is only their display. */
export const yuan = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? '—' : `${Math.floor(fen / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')} 元`;
