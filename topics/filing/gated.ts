import { MAX_FILINGS_PER_DOCUMENT } from '../../domain/industry/filing.js';
import { rootOf } from './industries.js';
import type { FilingIndustry, FilingRule, ProposedFiling } from './rule.js';

/**
 * The filings of a document whose top industry the gate decided (`root`, null: outside every
 * industry), given its scores (`scoreIndustries`, best first):
 * - under `root`, the most specific industry that is as near as the top industry and whose own
 *   keywords the document names (a clinical abstract is nearer the 同位素 passages than the
 *   生命健康 ones, yet it is 生命健康's: a sub-industry needs evidence of its own);
 * - besides, whatever industry with librarian-confirmed documents beats the outside fields by the
 *   confirmed margin (even when the gate says outside: the librarians' confirmations outrank the
 *   fitted gate). The margin rule's further industries are not added: beside the gate they were
 *   mostly noise (a telescope's control loop filed under 同位素 as well as 新一代信息技术);
 * of an industry and its parent only the more specific one, at most three, the gate's first.
 */
export function gatedFilings(
  scored: readonly ProposedFiling[],
  industries: readonly FilingIndustry[],
  rule: FilingRule,
  outside: number | null,
  root: string | null,
): ProposedFiling[] {
  const parentOf = new Map(industries.map((i) => [i.code, i.parentCode]));
  const confirmed = scored.filter(
    (s) => s.profile === 'CONFIRMED' && s.semantic !== null && outside !== null && s.score - outside >= rule.confirmedOutsideMargin,
  );
  const chosen: ProposedFiling[] = [];
  if (root !== null) {
    const inRoot = scored.filter((s) => rootOf(s.code, parentOf) === root);
    const top = inRoot.find((s) => s.code === root);
    const specific = inRoot.find((s) => s.code !== root && top !== undefined && s.score >= top.score && s.lexical > 0);
    const first = specific ?? top ?? inRoot[0];
    if (first) chosen.push(first);
  }
  chosen.push(...confirmed);
  const ancestors = (code: string) => {
    const out = new Set<string>();
    for (let p = parentOf.get(code) ?? null; p !== null && !out.has(p); p = parentOf.get(p) ?? null) out.add(p);
    return out;
  };
  const unique = chosen.filter((s, i) => chosen.findIndex((o) => o.code === s.code) === i);
  const covered = new Set(unique.flatMap((s) => [...ancestors(s.code)]));
  return unique.filter((s) => !covered.has(s.code)).slice(0, MAX_FILINGS_PER_DOCUMENT);
}
