import { Link } from '../../app/router';
import { pageOf, usePaged } from '../../app/usePaged';
import { LoadMore } from '../../components/LoadMore';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { WorkbenchLearningPathsDocument } from './learning-documents';

/** Every learning path, drafts and deleted ones too, with the way to a new one. */
export function LearningPathList() {
  const list = usePaged(WorkbenchLearningPathsDocument, {}, (r) => pageOf(r.learningPaths));
  return (
    <section aria-labelledby="learning-list-heading">
      <div className="toolbar">
        <h3 id="learning-list-heading">学习路径</h3>
        <Link to="/workbench/learning/new">新建学习路径</Link>
      </div>
      {list.error ? (
        <ErrorMessage error={list.error} prefix="学习路径加载失败" retry={list.reload} />
      ) : list.loading ? (
        <Loading>正在加载学习路径…</Loading>
      ) : list.items.length === 0 ? (
        <Empty>暂无学习路径。</Empty>
      ) : (
        <ul className="plain">
          {list.items.map((p) => (
            <li key={p.id}>
              <Link to={`/workbench/learning/${encodeURIComponent(p.id)}`}>{p.title}</Link>{' '}
              <span className="meta">
                {p.deleted ? '已删除' : p.status === 'PUBLISHED' ? '已发布' : '草稿'} · {p.steps.length} 步 · {p.industry?.name ?? '通用'} ·
                第 {p.version} 版
              </span>
            </li>
          ))}
        </ul>
      )}
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
    </section>
  );
}
