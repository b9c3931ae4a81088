import { useEffect, useRef, useState, type FormEvent } from 'react';
import { request, type ApiError } from '../../api';
import { Link, navigate } from '../../app/router';
import { IndustrySelect } from '../../app/IndustrySelect';
import { asApiError, useQuery } from '../../app/useQuery';
import { ErrorMessage, Loading } from '../../components/Status';
import type { LearningStepKind, WorkbenchLearningPathQuery } from '../../gql/graphql';
import { AuditLog } from '../audit/AuditLog';
import {
  CreateLearningPathDocument,
  DeleteLearningPathDocument,
  PublishLearningPathDocument,
  RestoreLearningPathDocument,
  UpdateLearningPathDocument,
  WorkbenchLearningPathDocument,
} from './learning-documents';

interface StepDraft {
  key: number;
  kind: LearningStepKind;
  /** The document's or policy's id, or the link's address. */
  target: string;
  title: string;
  note: string;
}

interface Draft {
  slug: string;
  title: string;
  summary: string;
  industry: string;
  steps: StepDraft[];
}

type Stored = NonNullable<WorkbenchLearningPathQuery['learningPath']>;

let nextKey = 1;
const EMPTY: Draft = { slug: '', title: '', summary: '', industry: '', steps: [] };

const draftOf = (path: Stored): Draft => ({
  slug: path.slug,
  title: path.title,
  summary: path.summary,
  industry: path.industry?.code ?? '',
  steps: path.steps.map((s) => ({
    key: nextKey++,
    kind: s.kind,
    target: s.kind === 'LINK' ? (s.url ?? '') : (s.document?.id ?? s.policy?.id ?? ''),
    title: s.title,
    note: s.note,
  })),
});

const inputOf = (draft: Draft) => ({
  slug: draft.slug,
  title: draft.title,
  summary: draft.summary,
  industry: draft.industry || null,
  steps: draft.steps.map((s) =>
    s.kind === 'LINK'
      ? { kind: s.kind, url: s.target, title: s.title, note: s.note }
      : { kind: s.kind, target: s.target, title: s.title || null, note: s.note },
  ),
});

const KINDS: Record<LearningStepKind, string> = { LINK: '网站链接', DOCUMENT: '文献', POLICY: '政策' };

/**
 * Create or edit a learning path: its fields and its steps (added, moved up or down, removed),
 * saved at the version loaded; a stale version is refused and the form keeps the edits.
 */
export function LearningPathEditor({ id }: { id: string | null }) {
  const query = useQuery(WorkbenchLearningPathDocument, { id: id ?? '' }, { skip: id === null });
  const path = query.data?.learningPath ?? null;
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  const loaded = useRef(false);
  useEffect(() => {
    if (path && !loaded.current) {
      loaded.current = true;
      setDraft(draftOf(path));
    }
  }, [path]);

  if (id !== null && query.error) return <ErrorMessage error={query.error} prefix="学习路径加载失败" retry={query.reload} />;
  if (id !== null && (query.loading || !query.data)) return <Loading>正在加载学习路径…</Loading>;

  const run = async (work: () => Promise<string | void>, done: string) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const created = await work();
      setNotice(done);
      if (created) navigate(`/workbench/learning/${encodeURIComponent(created)}`);
      else query.reload();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      if (!path) return (await request(CreateLearningPathDocument, { input: inputOf(draft) })).createLearningPath.id;
      await request(UpdateLearningPathDocument, { id: path.id, version: path.version, input: inputOf(draft) });
    }, '已保存。');
  };

  const setStep = (index: number, change: Partial<StepDraft>) =>
    setDraft((d) => ({ ...d, steps: d.steps.map((s, i) => (i === index ? { ...s, ...change } : s)) }));
  const move = (index: number, by: number) =>
    setDraft((d) => {
      const steps = [...d.steps];
      const [step] = steps.splice(index, 1);
      steps.splice(Math.max(0, Math.min(steps.length, index + by)), 0, step!);
      return { ...d, steps };
    });
  const remove = (index: number) => setDraft((d) => ({ ...d, steps: d.steps.filter((_, i) => i !== index) }));
  const add = () => setDraft((d) => ({ ...d, steps: [...d.steps, { key: nextKey++, kind: 'LINK', target: '', title: '', note: '' }] }));

  return (
    <section aria-labelledby="learning-editor-heading" className="editor">
      <div className="toolbar">
        <h3 id="learning-editor-heading">{path ? `编辑学习路径：${path.title}` : '新建学习路径'}</h3>
        {path && <Link to={`/learning/${encodeURIComponent(path.slug)}`}>查看页面</Link>}
      </div>
      <div aria-live="assertive">
        {error && (
          <ErrorMessage
            error={error}
            prefix={error.code === 'CONFLICT' ? '保存失败（内容已被他人修改，您的修改仍在表单中；请刷新页面核对后再保存）' : '保存失败'}
          />
        )}
        {notice && (
          <p className="success" role="status">
            {notice}
          </p>
        )}
      </div>
      <form onSubmit={save} className="stack" aria-label="学习路径">
        <label>
          标题
          <input value={draft.title} required onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </label>
        <label>
          网址名（英文小写与连字符，如 register-company）
          <input value={draft.slug} required onChange={(e) => setDraft({ ...draft, slug: e.target.value })} />
        </label>
        <label>
          简介
          <textarea rows={3} value={draft.summary} onChange={(e) => setDraft({ ...draft, summary: e.target.value })} />
        </label>
        <label>
          产业
          <IndustrySelect value={draft.industry} onChange={(code) => setDraft({ ...draft, industry: code })} noneLabel="通用（所有产业）" />
        </label>
        <fieldset className="learning-step-editor">
          <legend>步骤（{draft.steps.length}）</legend>
          <ol className="plain">
            {draft.steps.map((step, index) => (
              <li key={step.key} className="card" aria-label={`第 ${index + 1} 步`}>
                <div className="learning-step-fields">
                  <label>
                    类型
                    <select value={step.kind} onChange={(e) => setStep(index, { kind: e.target.value as LearningStepKind })}>
                      {Object.entries(KINDS).map(([kind, label]) => (
                        <option key={kind} value={kind}>
                          {label}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    {step.kind === 'LINK' ? '网址（http/https）' : step.kind === 'DOCUMENT' ? '文献编号' : '政策编号'}
                    <input value={step.target} required onChange={(e) => setStep(index, { target: e.target.value })} />
                  </label>
                  <label>
                    名称{step.kind === 'LINK' ? '' : '（可空，默认用原标题）'}
                    <input value={step.title} required={step.kind === 'LINK'} onChange={(e) => setStep(index, { title: e.target.value })} />
                  </label>
                  <label>
                    说明
                    <textarea rows={2} value={step.note} onChange={(e) => setStep(index, { note: e.target.value })} />
                  </label>
                </div>
                <div className="actions">
                  <button type="button" className="secondary" disabled={index === 0} onClick={() => move(index, -1)}>
                    上移
                  </button>
                  <button type="button" className="secondary" disabled={index === draft.steps.length - 1} onClick={() => move(index, 1)}>
                    下移
                  </button>
                  <button type="button" className="secondary" onClick={() => remove(index)}>
                    删除此步
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <button type="button" className="secondary" onClick={add}>
            添加步骤
          </button>
        </fieldset>
        <div className="actions">
          <button type="submit" disabled={busy} aria-busy={busy}>
            {path ? '保存' : '创建'}
          </button>
          {path && !path.deleted && (
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() =>
                void run(
                  async () => {
                    await request(PublishLearningPathDocument, {
                      id: path.id,
                      version: path.version,
                      published: path.status !== 'PUBLISHED',
                    });
                  },
                  path.status === 'PUBLISHED' ? '已撤回为草稿。' : '已发布。',
                )
              }
            >
              {path.status === 'PUBLISHED' ? '撤回为草稿' : '发布'}
            </button>
          )}
          {path && (
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() =>
                void run(
                  async () => {
                    const variables = { id: path.id, version: path.version };
                    await (path.deleted ? request(RestoreLearningPathDocument, variables) : request(DeleteLearningPathDocument, variables));
                  },
                  path.deleted ? '已恢复。' : '已删除。',
                )
              }
            >
              {path.deleted ? '恢复' : '删除'}
            </button>
          )}
          {path && (
            <span className="meta">
              {path.deleted ? '已删除' : path.status === 'PUBLISHED' ? '已发布' : '草稿'} · 当前版本：第 {path.version} 版
            </span>
          )}
        </div>
      </form>
      {query.data && <AuditLog entries={query.data.auditLog.edges.map((e) => e.node)} />}
    </section>
  );
}
