import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Crawler } from '../../services/source/crawler.js';
import { PoliteFetcher } from '../../crawlers/fetch/fetcher.js';
import { stableId } from '../../crawlers/identity.js';
import { FixtureServer } from '../../crawlers/testing/fixture-server.js';
import { detailPage } from '../../crawlers/testing/gov-pages.js';
import { GOV_LIST_PATH, serveGovSite, solar, talent } from '../../crawlers/testing/gov-site.js';
import { JIAXING_RULES, testSource } from '../../crawlers/testing/sources.js';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { typed } from '../gql/index.js';
import type { LinkType } from '../gql/graphql.js';
import { Client, seedAccount, startApp } from '../support/client.js';
import { resetGraph, testGraph } from '../support/graph.js';

/**
 * A librarian corrects crawled policies, then the site publishes a changed page: the
 * recrawl stores the new revision but keeps the librarian's fields and links. Each test
 * starts from a fresh graph and site, crawled once.
 */

const READ = typed(`
  query PolicyRecrawlRead($id: ID!) {
    policy(id: $id) {
      id
      title
      validity
      expiryDate
      category
      text
      version
      curatedFields
      revision
      revisions {
        number
        title
      }
      region {
        code
      }
      industries {
        code
      }
      issuerOrganization {
        id
        name
      }
    }
  }
`);
const UPDATE = typed(`
  mutation PolicyRecrawlUpdate($id: ID!, $v: Int!, $p: PolicyPatch!) {
    updatePolicy(id: $id, version: $v, patch: $p) {
      version
      expiryDate
      curatedFields
      region {
        code
      }
    }
  }
`);
const LINK = typed(`
  mutation PolicyRecrawlLink($i: LinkInput!) {
    link(input: $i) {
      type
      origin
      deleted
    }
  }
`);
const UNLINK = typed(`
  mutation PolicyRecrawlUnlink($i: LinkInput!) {
    unlink(input: $i) {
      type
      origin
      deleted
    }
  }
`);
const CREATE_ORGANIZATION = typed(`
  mutation PolicyRecrawlCreateOrganization($input: OrganizationInput!) {
    createOrganization(input: $input) {
      id
    }
  }
`);
const ORGANIZATION = typed(`
  query PolicyRecrawlOrganization($id: ID!) {
    organization(id: $id) {
      name
      version
      deleted
      aliases
      provenance {
        sourceUrl
        curator {
          id
        }
      }
    }
  }
`);
const EDIT_ORGANIZATION = typed(`
  mutation PolicyRecrawlEditOrganization($id: ID!) {
    updateOrganization(id: $id, version: 1, patch: { aliases: ["市政府"], kind: GOVERNMENT }) {
      version
      aliases
    }
  }
`);
const ORGANIZATIONS = typed(`
  query PolicyRecrawlOrganizations {
    organizations(first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const MERGE = typed(`
  mutation PolicyRecrawlMergeOrganizations($k: ID!, $d: ID!) {
    mergeOrganizations(keep: $k, duplicate: $d) {
      aliases
    }
  }
`);

describe('recrawl after librarian edits', () => {
  const site = new FixtureServer();
  let graph: Graph;
  let server: Awaited<ReturnType<typeof startApp>>;
  let librarian: Client;
  let crawler: Crawler;
  const solarUrl = () => `${site.url}/art/2024/3/8/art_1229426_59580001.html`;
  const talentPath = '/art/2023/6/5/art_1229426_58000001.html';
  const solarId = () => stableId('policy', solarUrl());
  const talentId = () => stableId('policy', `${site.url}${talentPath}`);

  const read = async (id: string) => {
    const reply = await librarian.gql(READ, { id });
    if (!reply.data?.policy) throw new Error(JSON.stringify(reply.errors));
    return reply.data.policy;
  };
  const ok = async <T>(reply: Promise<{ data?: T; errors?: unknown }>): Promise<T> => {
    const { data, errors } = await reply;
    if (errors || !data) throw new Error(JSON.stringify(errors));
    return data;
  };
  const link = (type: LinkType, fromId: string, toId: string) => ok(librarian.gql(LINK, { i: { fromId, type, toId } }));
  const unlink = (type: LinkType, fromId: string, toId: string) => ok(librarian.gql(UNLINK, { i: { fromId, type, toId } }));

  beforeAll(async () => {
    graph = testGraph();
    await site.start();
  });
  beforeEach(async () => {
    await resetGraph(graph);
    server = await startApp(graph);
    serveGovSite(site);
    await graph.writeTx((tx) =>
      createRepositories(graph).sources.upsert(tx, [
        testSource('jx-gov', `${site.url}${GOV_LIST_PATH}`, { kind: 'html', itemType: 'policy', rules: JIAXING_RULES }),
      ]),
    );
    crawler = new Crawler(graph, {
      fetcher: new PoliteFetcher({ perHostIntervalMs: 0, timeoutMs: 3_000, allowPrivate: ['127.0.0.0/8'] }),
      disableAfter: 3,
      backoffBaseMs: 60_000,
      backoffMaxMs: 3_600_000,
      lockStaleMs: 600_000,
      detailConcurrency: 2,
    });
    expect(await crawler.crawlSource('jx-gov')).toMatchObject({ status: 'ok', new: 3 });
    await seedAccount(graph, 'lib@example.org', 'LIBRARIAN', 'haining-library');
    librarian = await new Client(server.url).login('lib@example.org');
  });
  afterEach(async () => {
    await server.close();
  });
  afterAll(async () => {
    await site.close();
    await graph.close();
  });

  it('keeps the fields and links a librarian edited; the page text still gets its new revision', async () => {
    const crawled = await read(solarId());
    expect(crawled).toMatchObject({ title: solar.title, version: 1, curatedFields: [], region: { code: '330400' } });
    expect(crawled.industries.map((i) => i.code)).toContain('jx-new-energy');
    const crawlerIssuer = crawled.issuerOrganization!;

    const edited = await ok(
      librarian.gql(UPDATE, {
        id: solarId(),
        v: 1,
        p: { title: '关于加快推进智能光伏产业高质量发展的若干意见（馆员校订）', expiryDate: '2027-12-31', region: '330481' },
      }),
    );
    expect(edited.updatePolicy).toMatchObject({ version: 2, expiryDate: '2027-12-31', region: { code: '330481' } });
    expect([...edited.updatePolicy.curatedFields].sort()).toEqual(['expiryDate', 'region', 'title']);

    // Links: one added, one of the crawler's removed, the issuer corrected.
    const other = (
      await graph.read<{ code: string }>(
        "MATCH (i:Industry) WHERE i.code <> 'jx-new-energy' AND NOT (:Policy)-[:SUPPORTS]->(i) RETURN i.code AS code ORDER BY i.code LIMIT 1",
      )
    )[0]!.code;
    expect(await link('SUPPORTS', solarId(), other)).toEqual({ link: { type: 'SUPPORTS', origin: 'LIBRARIAN', deleted: false } });
    expect(await unlink('SUPPORTS', solarId(), 'jx-new-energy')).toEqual({
      unlink: { type: 'SUPPORTS', origin: 'CRAWLER', deleted: true },
    });
    const office = await ok(librarian.gql(CREATE_ORGANIZATION, { input: { name: '嘉兴市政府办公室（校订）', kind: 'GOVERNMENT' } }));
    await link('ISSUED_BY', solarId(), office.createOrganization.id);
    expect((await read(solarId())).issuerOrganization).toEqual({ id: office.createOrganization.id, name: '嘉兴市政府办公室（校订）' });

    // The site publishes a changed page (new title and paragraph, now 失效).
    const changed = {
      ...solar,
      title: `${solar.title}（修订）`,
      validity: '失效',
      paragraphs: [...solar.paragraphs, '二、对储能项目按装机容量给予一次性奖励。'],
    };
    serveGovSite(site, { solar: changed });
    expect(await crawler.crawlSource('jx-gov', { force: true })).toMatchObject({ status: 'ok', updated: 1 });

    const after = await read(solarId());
    expect(after).toMatchObject({
      title: '关于加快推进智能光伏产业高质量发展的若干意见（馆员校订）',
      expiryDate: '2027-12-31',
      region: { code: '330481' },
      // Not edited by the librarian: the page's new value.
      validity: 'EXPIRED',
      category: solar.category,
      revision: 2,
      version: 3,
    });
    expect(after.text).toContain('对储能项目按装机容量给予一次性奖励');
    expect(after.revisions).toEqual([
      { number: 2, title: changed.title },
      { number: 1, title: solar.title },
    ]);
    const industries = after.industries.map((i) => i.code);
    expect(industries).toContain(other);
    expect(industries).not.toContain('jx-new-energy');
    expect(after.issuerOrganization).toEqual({ id: office.createOrganization.id, name: '嘉兴市政府办公室（校订）' });

    // The removed and replaced links are kept soft-deleted, with who removed them; nothing doubled.
    const rels = await graph.read<{ type: string; target: string; origin: string; deleted: boolean; deletedBy: string | null }>(
      `MATCH (:Policy {id: $id})-[r:SUPPORTS|ISSUED_BY|IN_REGION]->(t)
       RETURN type(r) AS type, coalesce(t.code, t.id) AS target, r.origin AS origin, r.deleted AS deleted, r.deletedBy AS deletedBy
       ORDER BY type, target`,
      { id: solarId() },
    );
    const me = (await graph.read<{ id: string }>("MATCH (a:Account {email: 'lib@example.org'}) RETURN a.id AS id"))[0]!.id;
    expect(rels.filter((r) => !r.deleted).map((r) => [r.type, r.target, r.origin])).toEqual(
      [
        ['IN_REGION', '330481', 'librarian'],
        ['ISSUED_BY', office.createOrganization.id, 'librarian'],
        ['SUPPORTS', other, 'librarian'],
        ...industries.filter((code) => code !== other).map((code) => ['SUPPORTS', code, 'crawler']),
      ].sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`)),
    );
    expect(rels.filter((r) => r.deleted).map((r) => [r.type, r.target, r.deletedBy])).toEqual([
      ['IN_REGION', '330400', me],
      ['ISSUED_BY', crawlerIssuer.id, me],
      ['SUPPORTS', 'jx-new-energy', me],
    ]);
  });

  it('lets a librarian edit and merge an issuer the crawler created; the next crawl links the kept organisation', async () => {
    const issuerId = stableId('org', talent.issuer);
    const org = await ok(librarian.gql(ORGANIZATION, { id: issuerId }));
    expect(org.organization).toMatchObject({
      name: '嘉兴市人民政府',
      version: 1,
      deleted: false,
      aliases: [],
      provenance: { curator: null },
    });
    expect(org.organization!.provenance.sourceUrl).toContain(site.url);

    const edited = await ok(librarian.gql(EDIT_ORGANIZATION, { id: issuerId }));
    expect(edited.updateOrganization).toEqual({ version: 2, aliases: ['市政府'] });
    const listed = await ok(librarian.gql(ORGANIZATIONS));
    expect(listed.organizations.edges.map((e) => e.node.id)).toContain(issuerId);

    const kept = await ok(librarian.gql(CREATE_ORGANIZATION, { input: { name: '嘉兴市政府' } }));
    const keptId = kept.createOrganization.id;
    const merged = await ok(librarian.gql(MERGE, { k: keptId, d: issuerId }));
    expect(merged.mergeOrganizations.aliases).toEqual(['嘉兴市人民政府', '市政府']);
    // ISSUED_BY moved with the merge.
    expect((await read(talentId())).issuerOrganization).toEqual({ id: keptId, name: '嘉兴市政府' });

    // A changed page: the crawler's issuer id now names a merged duplicate, which it follows.
    site.set(talentPath, {
      body: detailPage({ ...talent, paragraphs: [...talent.paragraphs, '本办法自发布之日起施行。'] }),
      charset: 'gbk',
      declareCharset: true,
    });
    // The list page changes too, so the detail pages are checked again.
    const list = site.routes.get(GOV_LIST_PATH)!;
    site.set(GOV_LIST_PATH, { ...list, body: list.body!.replace('共2页', '共 2 页') });
    expect(await crawler.crawlSource('jx-gov', { force: true })).toMatchObject({ status: 'ok', updated: 1 });
    expect((await read(talentId())).issuerOrganization).toEqual({ id: keptId, name: '嘉兴市政府' });
    const issuedBy = await graph.read<{ id: string; origin: string }>(
      'MATCH (:Policy {id: $id})-[r:ISSUED_BY]->(o) WHERE NOT r.deleted RETURN o.id AS id, r.origin AS origin',
      { id: talentId() },
    );
    expect(issuedBy).toEqual([{ id: keptId, origin: 'crawler' }]);
  });
});
