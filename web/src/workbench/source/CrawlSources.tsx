import { useState } from 'react';
import { CRAWL_STATUS, formatDate } from '../../app/labels';
import { usePaged } from '../../app/usePaged';
import { LoadMore } from '../../components/LoadMore';
import { Empty, ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { CrawlSourcesQuery } from '../../gql/graphql';
import { useMutation } from '../../app/useMutation';

const CrawlSourcesDocument = graphql(`
  query CrawlSources($after: String) {
    sources(first: 100, after: $after) {
      edges {
        node {
          id
          name
          kind
          url
          itemType
          enabled
          disabledReason
          verified
          errorCount
          lastError
          lastCheckedAt
          nextCheckAt
          schedule
          runs(first: 1) {
            edges {
              node {
                id
                status
                startedAt
                fetched
                new
                updated
                errors
              }
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CrawlNowDocument = graphql(`
  mutation CrawlNow($id: ID!) {
    crawlSource(id: $id) {
      sourceId
      skippedBecause
      disabled
      run {
        status
        fetched
        new
        updated
        errors
        messages
      }
    }
  }
`);

const SetSourceEnabledDocument = graphql(`
  mutation SetSourceEnabled($id: ID!, $enabled: Boolean!, $reason: String) {
    setSourceEnabled(id: $id, enabled: $enabled, reason: $reason) {
      id
      enabled
      disabledReason
    }
  }
`);

const RemoveSourceDocument = graphql(`
  mutation RemoveSource($id: ID!) {
    removeSource(id: $id) {
      id
      name
    }
  }
`);

type Source = CrawlSourcesQuery['sources']['edges'][number]['node'];

const pageOf = ({ sources }: CrawlSourcesQuery) => ({
  items: sources.edges.map((e) => e.node),
  hasMore: sources.pageInfo.hasNextPage,
  endCursor: sources.pageInfo.endCursor,
});

export function CrawlSources() {
  const list = usePaged(CrawlSourcesDocument, {}, pageOf);
  const { error, loading, reload } = list;
  const [filter, setFilter] = useState<'all' | 'failing' | 'disabled'>('all');
  const [removed, setRemoved] = useState<string>();
  const shown = list.items.filter((s) => (filter === 'failing' ? s.errorCount > 0 : filter === 'disabled' ? !s.enabled : true));
  return (
    <section aria-labelledby="sources-heading">
      <div className="toolbar">
        <h3 id="sources-heading">采集源健康状况</h3>
        <label>
          显示
          <select value={filter} onChange={(e) => setFilter(e.target.value as typeof filter)}>
            <option value="all">全部</option>
            <option value="failing">有错误</option>
            <option value="disabled">已停用</option>
          </select>
        </label>
      </div>
      <div aria-live="polite">
        {removed && <p className="success">已移除采集源「{removed}」；已采集的内容保留，重启后也不会重新载入。</p>}
        {error ? (
          <ErrorMessage error={error} prefix="采集源加载失败" retry={reload} />
        ) : loading ? (
          <Loading />
        ) : shown.length === 0 ? (
          <Empty>没有采集源。运维可用 hechuang sources load 载入预置采集源。</Empty>
        ) : (
          <ul className="cards">
            {shown.map((s) => (
              <SourceCard
                key={s.id}
                source={s}
                onChanged={reload}
                onRemoved={(name) => {
                  setRemoved(name);
                  reload();
                }}
              />
            ))}
          </ul>
        )}
      </div>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
    </section>
  );
}

function SourceCard({ source, onChanged, onRemoved }: { source: Source; onChanged: () => void; onRemoved: (name: string) => void }) {
  const crawl = useMutation(CrawlNowDocument);
  const enable = useMutation(SetSourceEnabledDocument);
  const remove = useMutation(RemoveSourceDocument);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [result, setResult] = useState<string>();
  const last = source.runs.edges[0]?.node;
  const crawlNow = async () => {
    setResult(undefined);
    const r = await crawl.run({ id: source.id });
    if (!r) return;
    const { run, skippedBecause, disabled } = r.crawlSource;
    setResult(
      run
        ? `抓取${CRAWL_STATUS[run.status]}：获取 ${run.fetched}，新增 ${run.new}，更新 ${run.updated}，错误 ${run.errors}${disabled ? '；连续失败，已自动停用' : ''}`
        : `未抓取：${skippedBecause ?? '原因未知'}`,
    );
    onChanged();
  };
  const setEnabled = async (enabled: boolean) => {
    const r = await enable.run({ id: source.id, enabled, reason: enabled ? null : reason.trim() || null });
    if (r) onChanged();
  };
  const removeNow = async () => {
    const r = await remove.run({ id: source.id });
    if (r) onRemoved(r.removeSource.name);
  };
  const reasonId = `reason-${source.id}`;
  return (
    <li className={`card source${source.enabled ? '' : ' disabled'}`}>
      <h4>
        {source.name}{' '}
        <span className={`badge ${source.enabled ? (source.errorCount > 0 ? 'validity-expired' : 'validity-valid') : 'validity-repealed'}`}>
          {source.enabled ? (source.errorCount > 0 ? `连续失败 ${source.errorCount} 次` : '正常') : '已停用'}
        </span>
      </h4>
      <p className="meta">
        {source.itemType === 'POLICY' ? '政策' : '资讯'} · {source.kind} · <a href={source.url}>{source.url}</a>
        {!source.verified && ' · 未核验'}
      </p>
      <p className="meta">
        上次检查：{formatDate(source.lastCheckedAt)} {source.nextCheckAt && `· 退避至 ${formatDate(source.nextCheckAt)}`} · 计划：
        {source.schedule}
      </p>
      {last && (
        <p className="meta">
          最近一次：{CRAWL_STATUS[last.status]}（获取 {last.fetched}，新增 {last.new}，更新 {last.updated}，错误 {last.errors}）
        </p>
      )}
      {source.lastError && <p className="error-text">最近错误：{source.lastError}</p>}
      {source.disabledReason && <p className="error-text">停用原因：{source.disabledReason}</p>}
      <div className="actions">
        <button type="button" onClick={() => void crawlNow()} disabled={crawl.busy} aria-busy={crawl.busy}>
          {crawl.busy ? '正在抓取…' : '立即抓取'}
        </button>
        {source.enabled ? (
          <>
            <label htmlFor={reasonId} className="sr-only">
              停用原因
            </label>
            <input id={reasonId} placeholder="停用原因" value={reason} onChange={(e) => setReason(e.target.value)} />
            <button type="button" className="secondary" onClick={() => void setEnabled(false)} disabled={enable.busy}>
              停用
            </button>
          </>
        ) : (
          <button type="button" className="secondary" onClick={() => void setEnabled(true)} disabled={enable.busy}>
            启用
          </button>
        )}
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={() => void removeNow()} disabled={remove.busy} aria-busy={remove.busy}>
              确认移除
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={remove.busy}>
              取消
            </button>
          </>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            移除
          </button>
        )}
      </div>
      <div aria-live="polite">
        {result && <p className="success">{result}</p>}
        {crawl.error && <ErrorMessage error={crawl.error} prefix="抓取失败" />}
        {enable.error && <ErrorMessage error={enable.error} prefix="操作失败" />}
        {remove.error && <ErrorMessage error={remove.error} prefix="移除失败" />}
      </div>
    </li>
  );
}
