import { formatDate, KIND, ORGANIZATION_KIND, PROJECT_STATUS } from '../../app/labels';
import { Link } from '../../app/router';
import { isLibrarian, useSession } from '../../app/session';
import { useQuery } from '../../app/useQuery';
import { ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import { NeighbourhoodView } from './NeighbourhoodView';

const EntityDocument = graphql(`
  query EntityPage($id: ID!, $person: Boolean!, $organization: Boolean!, $project: Boolean!) {
    person(id: $id) @include(if: $person) {
      id
      name
      title
      description
      deleted
      updatedAt
      provenance {
        sourceUrl
      }
      memberOf {
        id
        name
      }
      affiliations {
        id
        name
      }
      leads {
        id
        name
      }
      leadsOrganizations {
        id
        name
      }
      industries {
        code
        name
      }
      regions {
        code
        name
      }
    }
    organization(id: $id) @include(if: $organization) {
      id
      name
      aliases
      kind
      website
      creditCode
      description
      deleted
      updatedAt
      provenance {
        sourceUrl
      }
      members {
        id
        name
      }
      leaders {
        id
        name
      }
      projects {
        id
        name
      }
      affiliations {
        id
        name
      }
      fundedBy {
        id
        label
      }
      industries {
        code
        name
      }
      regions {
        code
        name
      }
    }
    project(id: $id) @include(if: $project) {
      id
      name
      description
      status
      startedOn
      deleted
      updatedAt
      provenance {
        sourceUrl
      }
      leaders {
        id
        name
      }
      members {
        id
        name
      }
      organizations {
        id
        name
      }
      fundedBy {
        id
        label
      }
      industries {
        code
        name
      }
      regions {
        code
        name
      }
    }
    neighbourhood(id: $id, hops: 1, limit: 40) {
      nodes {
        id
        kind
        label
      }
      edges {
        from
        to
        type
      }
      truncated
    }
  }
`);

export type EntityKind = 'Person' | 'Organization' | 'Project';
type Ref = { id: string; name: string };

const PATH: Record<EntityKind, string> = { Person: 'people', Organization: 'organizations', Project: 'projects' };
export const entityPath = (kind: EntityKind, id: string) => `/${PATH[kind]}/${encodeURIComponent(id)}`;

export function EntityPage({ kind, id }: { kind: EntityKind; id: string }) {
  const { account } = useSession();
  const { data, error, loading, reload } = useQuery(EntityDocument, {
    id,
    person: kind === 'Person',
    organization: kind === 'Organization',
    project: kind === 'Project',
  });
  if (error) return <ErrorMessage error={error} prefix={`${KIND[kind]}加载失败`} retry={reload} />;
  if (loading || !data) return <Loading />;
  const entity = data.person ?? data.organization ?? data.project;
  if (!entity)
    return (
      <section>
        <h2>未找到该{KIND[kind]}</h2>
        <Link to="/search">去搜索</Link>
      </section>
    );
  const facts: [string, string | null | undefined][] = [];
  const relations: [string, Ref[], EntityKind | 'Policy'][] = [];
  if (data.person) {
    const p = data.person;
    facts.push(['职务/职称', p.title]);
    relations.push(
      ['所在机构', p.memberOf, 'Organization'],
      ['隶属', p.affiliations, 'Organization'],
      ['负责项目', p.leads, 'Project'],
      ['负责机构', p.leadsOrganizations, 'Organization'],
    );
  }
  if (data.organization) {
    const o = data.organization;
    facts.push(
      ['类型', o.kind ? ORGANIZATION_KIND[o.kind] : null],
      ['别名', o.aliases.join('、')],
      ['统一社会信用代码', o.creditCode],
      ['网站', o.website],
    );
    relations.push(
      ['负责人', o.leaders, 'Person'],
      ['成员', o.members, 'Person'],
      ['项目', o.projects, 'Project'],
      ['上级/隶属机构', o.affiliations, 'Organization'],
      ['支持政策', o.fundedBy.map((f) => ({ id: f.id, name: f.label })), 'Policy'],
    );
  }
  if (data.project) {
    const p = data.project;
    facts.push(['状态', p.status ? PROJECT_STATUS[p.status] : null], ['开始日期', p.startedOn]);
    relations.push(
      ['负责人', p.leaders, 'Person'],
      ['成员', p.members, 'Person'],
      ['承担机构', p.organizations, 'Organization'],
      ['支持政策', p.fundedBy.map((f) => ({ id: f.id, name: f.label })), 'Policy'],
    );
  }
  facts.push(
    ['产业', entity.industries.map((i) => i.name).join('、')],
    ['地区', entity.regions.map((r) => r.name).join('、')],
    ['更新时间', formatDate(entity.updatedAt)],
  );
  const href = (k: EntityKind | 'Policy', refId: string) =>
    k === 'Policy' ? `/policies/${encodeURIComponent(refId)}` : entityPath(k, refId);
  return (
    <article className="detail entity" aria-labelledby="entity-title">
      <p className="crumbs">
        <Link to="/search">搜索</Link> › {KIND[kind]}
      </p>
      <h2 id="entity-title">
        {entity.name} {entity.deleted && <span className="badge validity-repealed">已删除</span>}
      </h2>
      {isLibrarian(account) && (
        <p className="librarian-actions">
          <Link to={`/workbench/entities/${kind}/${encodeURIComponent(entity.id)}`}>编辑与审计</Link>
        </p>
      )}
      {entity.description && <p>{entity.description}</p>}
      <dl className="facts">
        {facts
          .filter(([, v]) => v)
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {entity.provenance.sourceUrl && (
        <p className="meta">
          来源：
          <a href={entity.provenance.sourceUrl} target="_blank" rel="noreferrer noopener">
            {entity.provenance.sourceUrl}
          </a>
        </p>
      )}
      <section aria-labelledby="relations-heading">
        <h3 id="relations-heading">关联</h3>
        {relations.every(([, refs]) => refs.length === 0) ? (
          <p className="empty">暂无关联。</p>
        ) : (
          <dl className="facts">
            {relations
              .filter(([, refs]) => refs.length > 0)
              .map(([term, refs, k]) => (
                <div key={term}>
                  <dt>{term}</dt>
                  <dd>
                    {refs.map((r, i) => (
                      <span key={r.id}>
                        {i > 0 && '、'}
                        <Link to={href(k, r.id)}>{r.name}</Link>
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
          </dl>
        )}
      </section>
      <section aria-labelledby="graph-heading">
        <h3 id="graph-heading">关系图</h3>
        {data.neighbourhood ? <NeighbourhoodView centre={entity.id} {...data.neighbourhood} /> : <p className="empty">暂无关联。</p>}
      </section>
    </article>
  );
}
