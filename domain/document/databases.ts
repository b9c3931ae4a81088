/** The subscribed databases by the names their exports and librarians use for them. */
const DATABASES: [RegExp, string][] = [
  [/cnki|知网|中国知网/i, 'CNKI'],
  [/wanfang|万方/i, 'Wanfang'],
  [/cqvip|\bvip\b|维普/i, 'VIP'],
  [/chaoxing|超星/i, 'Chaoxing'],
];

/** CNKI, Wanfang, VIP or Chaoxing for any spelling of them; other names trimmed; undefined when blank. */
export function normaliseDatabase(value: string): string | undefined {
  const cleaned = value.replace(/\s+/g, ' ').trim();
  if (!cleaned) return undefined;
  return DATABASES.find(([pattern]) => pattern.test(cleaned))?.[1] ?? cleaned;
}
