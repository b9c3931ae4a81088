import { baselineWindows, detectBursts, seriesOf, WINDOW_DAYS, type HotWindow } from '../../domain/trend/burst.js';
import type { Repositories } from '../../graph/repositories/index.js';
import { contentWords } from '../../topics/cluster/labels.js';

const DAY_MS = 86_400_000;

export interface HotTopic {
  /** The burst word, or the topic's label for a topic burst. */
  term: string;
  /** The topic whose news assignments burst (null for a word burst). */
  topicId: string | null;
  /** Mentions (news items and policies naming it) in the window. */
  count: number;
  /** Expected mentions per window, from the year before. */
  expected: number;
  score: number;
  /** The newest news items and policies of the window that name it. */
  mentions: { kind: 'NewsItem' | 'Policy'; id: string; title: string; at: string }[];
}

/** A date of the data as epoch milliseconds (dates alone are read as noon in China, the middle of their day). */
const epochOf = (at: string) => Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T12:00:00+08:00` : at);

/**
 * Hot topics (创业热点): the words of news titles and summaries and of policy titles (jieba) whose
 * mentions in the last `window` burst against the year before it, per industry (with its
 * sub-industries) or overall, strongest first.
 */
export async function hotTopics(
  repos: Pick<Repositories, 'trendMentions'>,
  input: { industryCode: string | null; window: HotWindow; now: number; limit: number },
): Promise<HotTopic[]> {
  const span = (baselineWindows(input.window) + 1) * WINDOW_DAYS[input.window] * DAY_MS;
  const texts = await repos.trendMentions.since(new Date(input.now - span).toISOString(), input.industryCode);
  const dated = texts
    .map((t) => ({ ...t, epoch: epochOf(t.at), terms: new Set(contentWords(`${t.title} ${t.text}`)) }))
    .filter((t) => Number.isFinite(t.epoch) && t.epoch <= input.now);
  const bursts = detectBursts(
    seriesOf(
      dated.map((t) => ({ at: t.epoch, terms: t.terms })),
      input.now,
      input.window,
    ),
  );
  const windowStart = input.now - WINDOW_DAYS[input.window] * DAY_MS;
  const recent = dated.filter((t) => t.epoch > windowStart).sort((a, b) => b.epoch - a.epoch);
  return bursts.slice(0, input.limit).map((burst) => ({
    term: burst.term,
    topicId: null,
    count: burst.current,
    expected: burst.expected,
    score: burst.score,
    mentions: recent
      .filter((t) => t.terms.has(burst.term))
      .slice(0, 5)
      .map(({ kind, id, title, at }) => ({ kind, id, title, at })),
  }));
}

/**
 * Hot topics by meaning: the library's topics whose news assignments (news items embedded with
 * the documents' model and assigned to their nearest topic, services/trend/news-topics.ts) burst
 * in the last `window` against the year before it, per industry or overall, strongest first.
 */
export async function hotTopicClusters(
  repos: Pick<Repositories, 'newsTopics'>,
  input: { industryCode: string | null; window: HotWindow; now: number; limit: number },
): Promise<HotTopic[]> {
  const span = (baselineWindows(input.window) + 1) * WINDOW_DAYS[input.window] * DAY_MS;
  const assigned = (await repos.newsTopics.since(new Date(input.now - span).toISOString(), input.industryCode))
    .map((m) => ({ ...m, epoch: epochOf(m.at) }))
    .filter((m) => Number.isFinite(m.epoch) && m.epoch <= input.now);
  const bursts = detectBursts(
    seriesOf(
      assigned.map((m) => ({ at: m.epoch, terms: [m.topicId] })),
      input.now,
      input.window,
    ),
  );
  const windowStart = input.now - WINDOW_DAYS[input.window] * DAY_MS;
  const recent = assigned.filter((m) => m.epoch > windowStart).sort((a, b) => b.epoch - a.epoch);
  return bursts.slice(0, input.limit).map((burst) => {
    const mentions = recent.filter((m) => m.topicId === burst.term);
    return {
      term: mentions[0]?.label ?? burst.term,
      topicId: burst.term,
      count: burst.current,
      expected: burst.expected,
      score: burst.score,
      mentions: mentions.slice(0, 5).map(({ id, title, at }) => ({ kind: 'NewsItem' as const, id, title, at })),
    };
  });
}
