import { describe, expect, it } from 'vitest';
import {
  curatedAfterEdit,
  decidedByOrigin,
  machineWrites,
  MENTION_RULES,
  planMachineLinks,
  POLICY_LINK_RULES,
  resolveField,
  type StoredLink,
} from './precedence.js';

const link = (type: string, to: string, decidedBy: StoredLink['decidedBy'] = 'machine', deleted = false): StoredLink => ({
  type,
  from: 'p',
  to,
  decidedBy,
  deleted,
});
const proposed = (type: string, to: string) => ({ type, from: 'p', to });

describe('precedence: fields', () => {
  it('keeps the librarian’s value and takes the machine’s otherwise', () => {
    expect(resolveField({ value: '校订标题', decidedBy: 'librarian' }, '页面标题')).toBe('校订标题');
    expect(resolveField({ value: '旧标题', decidedBy: 'machine' }, '页面标题')).toBe('页面标题');
  });

  it('writes every proposed field but the curated ones, a curated name protecting the fields it stands for', () => {
    const page = { title: 'T', validity: '失效', regionCode: '330400', level: '嘉兴市', text: 'x' };
    expect(machineWrites(page, [])).toEqual(page);
    expect(machineWrites(page, ['title', 'region'], { region: ['regionCode', 'level'] })).toEqual({ validity: '失效', text: 'x' });
    expect(machineWrites(page, ['category'])).toEqual(page);
  });

  it('records a librarian’s edits once each, the latest last', () => {
    expect(curatedAfterEdit([], ['validity', 'category'])).toEqual(['validity', 'category']);
    expect(curatedAfterEdit(['title', 'region'], ['title'])).toEqual(['region', 'title']);
    expect(curatedAfterEdit(['region'], [])).toEqual(['region']);
  });

  it('counts a missing origin and the crawler as the machine, anyone else as a librarian', () => {
    expect([decidedByOrigin(null), decidedByOrigin(undefined), decidedByOrigin('crawler')]).toEqual(['machine', 'machine', 'machine']);
    expect(decidedByOrigin('librarian')).toBe('librarian');
  });
});

describe('precedence: links', () => {
  it('adds what the machine finds, keeps what it still finds, and drops its own live links it no longer finds', () => {
    const plan = planMachineLinks(
      [link('SUPPORTS', 'a'), link('SUPPORTS', 'b')],
      [proposed('SUPPORTS', 'a'), proposed('SUPPORTS', 'c'), proposed('SUPPORTS', 'c')],
      POLICY_LINK_RULES,
    );
    expect(plan).toEqual({ add: [proposed('SUPPORTS', 'c')], remove: [link('SUPPORTS', 'b')] });
  });

  it('keeps a librarian’s links and never adds again a link that was removed', () => {
    const stored = [
      link('SUPPORTS', 'mine', 'librarian'),
      link('SUPPORTS', 'gone', 'machine', true),
      link('SUPPORTS', 'x', 'librarian', true),
    ];
    const plan = planMachineLinks(stored, [proposed('SUPPORTS', 'gone'), proposed('SUPPORTS', 'x')], POLICY_LINK_RULES);
    expect(plan).toEqual({ add: [], remove: [] });
  });

  it('adds none of its own beside a live librarian’s issuer or region, and drops its own', () => {
    const stored = [link('ISSUED_BY', 'office', 'librarian'), link('ISSUED_BY', 'crawled'), link('IN_REGION', '330400', 'machine', true)];
    const plan = planMachineLinks(stored, [proposed('ISSUED_BY', 'crawled'), proposed('IN_REGION', '330481')], POLICY_LINK_RULES);
    expect(plan).toEqual({ add: [proposed('IN_REGION', '330481')], remove: [link('ISSUED_BY', 'crawled')] });
    // A librarian’s region that was itself replaced (soft-deleted) no longer holds the crawler back.
    expect(planMachineLinks([link('IN_REGION', 'r1', 'librarian', true)], [proposed('IN_REGION', 'r2')], POLICY_LINK_RULES).add).toEqual([
      proposed('IN_REGION', 'r2'),
    ]);
  });

  it('never takes back a relation between policies it found before', () => {
    expect(planMachineLinks([link('REPEALS', 'old')], [], POLICY_LINK_RULES)).toEqual({ add: [], remove: [] });
  });

  it('leaves links of types it has no rule for alone', () => {
    expect(planMachineLinks([link('FROM_SOURCE', 's')], [proposed('HAS_ATTACHMENT', 'f')], POLICY_LINK_RULES)).toEqual({
      add: [],
      remove: [],
    });
  });

  it('rewrites the crawler’s mentions of a news item only', () => {
    const stored = [
      { ...link('MENTIONS', 'org-a'), from: 'n' },
      { ...link('MENTIONS', 'org-b', 'machine', true), from: 'n' },
      { ...link('MENTIONS', 'policy-1', 'librarian'), from: 'n' },
    ];
    const again = planMachineLinks(
      stored,
      [
        { type: 'MENTIONS', from: 'n', to: 'org-a' },
        { type: 'MENTIONS', from: 'n', to: 'org-b' },
      ],
      MENTION_RULES,
    );
    expect(again).toEqual({ add: [], remove: [] });
    expect(planMachineLinks(stored, [], MENTION_RULES)).toEqual({ add: [], remove: [stored[0]] });
  });
});
