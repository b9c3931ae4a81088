import { KIND } from '../../app/labels';
import { Link } from '../../app/router';
import { usePaged } from '../../app/usePaged';
import { urlParam, useUrlFilters } from '../../app/useUrlFilters';
import { LoadMore } from '../../components/LoadMore';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { EntityKind } from '../../pages/entity/EntityPage';

const EntityListDocument = graphql(`
  query WorkbenchEntities($person: Boolean!, $organization: Boolean!, $project: Boolean!, $after: String) {
    people(first: 50, after: $after, filter: { includeDeleted: true }) @include(if: $person) {
      edges {
        node {
          id
          name
          deleted
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    organizations(first: 50, after: $after, filter: { includeDeleted: true }) @include(if: $organization) {
      edges {
        node {
          id
          name
          deleted
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    projects(first: 50, after: $after, filter: { includeDeleted: true }) @include(if: $project) {
      edges {
        node {
          id
          name
          deleted
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const KINDS: EntityKind[] = ['Person', 'Organization', 'Project'];
const FILTERS = { kind: urlParam.oneOf(KINDS, 'Organization') };

export function EntityList() {
  const { applied, apply } = useUrlFilters(FILTERS);
  const { kind } = applied;
  const list = usePaged(
    EntityListDocument,
    { person: kind === 'Person', organization: kind === 'Organization', project: kind === 'Project' },
    (r) => {
      const connection = r.people ?? r.organizations ?? r.projects;
      return {
        items: connection?.edges.map((e) => e.node) ?? [],
        hasMore: connection?.pageInfo.hasNextPage ?? false,
        endCursor: connection?.pageInfo.endCursor,
      };
    },
  );
  return (
    <section aria-labelledby="entities-heading">
      <div className="toolbar">
        <h3 id="entities-heading">知识图谱条目</h3>
        <Link to={`/workbench/entities/new/${kind}`} className="button">
          新建{KIND[kind]}
        </Link>
      </div>
      <div role="group" aria-label="条目类型" className="segmented">
        {KINDS.map((k) => (
          <button key={k} type="button" aria-pressed={k === kind} onClick={() => apply({ kind: k })}>
            {KIND[k]}
          </button>
        ))}
      </div>
      <div aria-live="polite">
        {list.error ? (
          <ErrorMessage error={list.error} prefix="条目加载失败" retry={list.reload} />
        ) : list.loading ? (
          <Loading />
        ) : list.items.length === 0 ? (
          <Empty>暂无{KIND[kind]}。</Empty>
        ) : (
          <ul className="plain entity-list">
            {list.items.map((e) => (
              <li key={e.id}>
                <Link to={`/workbench/entities/${kind}/${encodeURIComponent(e.id)}`}>{e.name}</Link>{' '}
                {e.deleted && <span className="badge validity-repealed">已删除</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
    </section>
  );
}
