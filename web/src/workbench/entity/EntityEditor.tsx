import { useEffect, useRef, useState, type FormEvent } from 'react';
import { request, type ApiError } from '../../api';
import { KIND } from '../../app/labels';
import { Link, navigate } from '../../app/router';
import { asApiError, useQuery } from '../../app/useQuery';
import { ErrorMessage, Loading } from '../../components/Status';
import { entityPath, type EntityKind } from '../../pages/entity/EntityPage';
import type { OrganizationInput, PersonInput, ProjectInput } from '../../gql/graphql';
import { AuditLog } from '../audit/AuditLog';
import {
  CreateOrganizationDocument,
  CreatePersonDocument,
  CreateProjectDocument,
  DeleteOrganizationDocument,
  DeletePersonDocument,
  DeleteProjectDocument,
  RestoreOrganizationDocument,
  RestorePersonDocument,
  RestoreProjectDocument,
  UpdateOrganizationDocument,
  UpdatePersonDocument,
  UpdateProjectDocument,
  WorkbenchEntityDocument,
} from './entity-documents';
import { FIELDS, inputOf, patchOf, valuesOf, type FieldSpec, type Values } from './entity-fields';
import { LinkPanel } from './LinkPanel';
import { MergePanel } from './MergePanel';

// The inputs are checked by the server (services/entity/validation.ts); these casts only pick the kind's document.
async function create(kind: EntityKind, input: Record<string, unknown>): Promise<string> {
  if (kind === 'Person') return (await request(CreatePersonDocument, { input: input as PersonInput })).createPerson.id;
  if (kind === 'Organization')
    return (await request(CreateOrganizationDocument, { input: input as OrganizationInput })).createOrganization.id;
  return (await request(CreateProjectDocument, { input: input as ProjectInput })).createProject.id;
}

async function update(kind: EntityKind, id: string, version: number, patch: Record<string, unknown>): Promise<void> {
  if (kind === 'Person') await request(UpdatePersonDocument, { id, version, patch });
  else if (kind === 'Organization') await request(UpdateOrganizationDocument, { id, version, patch });
  else await request(UpdateProjectDocument, { id, version, patch });
}

async function setDeleted(kind: EntityKind, id: string, version: number, deleted: boolean): Promise<void> {
  const variables = { id, version };
  if (kind === 'Person') await (deleted ? request(DeletePersonDocument, variables) : request(RestorePersonDocument, variables));
  else if (kind === 'Organization')
    await (deleted ? request(DeleteOrganizationDocument, variables) : request(RestoreOrganizationDocument, variables));
  else await (deleted ? request(DeleteProjectDocument, variables) : request(RestoreProjectDocument, variables));
}

/**
 * Create or edit one person, organisation or project. Saves send the version the form was
 * loaded at; a stale one is refused (CONFLICT) and the form keeps what the librarian typed.
 */
export function EntityEditor({ kind, id }: { kind: EntityKind; id: string | null }) {
  const query = useQuery(
    WorkbenchEntityDocument,
    { id: id ?? '', person: kind === 'Person', organization: kind === 'Organization', project: kind === 'Project' },
    { skip: id === null },
  );
  const entity = query.data ? (query.data.person ?? query.data.organization ?? query.data.project ?? null) : undefined;
  const latest = entity ? valuesOf(kind, entity) : undefined;
  const [draft, setDraft] = useState<Values>(() => valuesOf(kind, null));
  const [sourceUrl, setSourceUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  const [conflict, setConflict] = useState<'stale' | 'reloading' | 'reviewing' | null>(null);
  const loadedVersion = useRef<number | null>(null);

  // What the form was loaded with: fields still equal to it are untouched by the librarian.
  const [original, setOriginal] = useState<Values>(() => valuesOf(kind, null));
  // The form starts from the stored entity once; later reloads (after a conflict) keep the librarian's edits.
  useEffect(() => {
    if (!entity || loadedVersion.current !== null) return;
    loadedVersion.current = entity.version;
    setDraft(valuesOf(kind, entity));
    setOriginal(valuesOf(kind, entity));
  }, [entity, kind]);
  // Every change increments the version: a newer one means the reload has arrived. Untouched
  // fields take the newer values; edited ones stay, with the newer value shown beside them.
  const staleVersion = useRef(0);
  useEffect(() => {
    if (conflict !== 'reloading' || !entity || entity.version <= staleVersion.current) return;
    const newer = valuesOf(kind, entity);
    setDraft((d) => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v === original[k] ? (newer[k] ?? '') : v])));
    setOriginal(newer);
    setConflict('reviewing');
  }, [conflict, entity, kind, original]);

  if (id !== null) {
    if (query.error && !entity) return <ErrorMessage error={query.error} prefix="条目加载失败" retry={query.reload} />;
    if (entity === undefined) return <Loading />;
    if (entity === null)
      return (
        <p role="alert">
          未找到该{KIND[kind]}。<Link to="/workbench/entities">返回条目列表</Link>
        </p>
      );
  }

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      if (id === null) {
        const created = await create(kind, { ...inputOf(kind, draft), ...(sourceUrl.trim() ? { sourceUrl: sourceUrl.trim() } : {}) });
        navigate(`/workbench/entities/${kind}/${encodeURIComponent(created)}`, { replace: true });
        return;
      }
      await update(kind, id, entity!.version, patchOf(kind, draft));
      setConflict(null);
      setOriginal(draft);
      setNotice('已保存。');
      query.reload();
    } catch (e) {
      const failure = asApiError(e);
      if (failure.code === 'CONFLICT') {
        staleVersion.current = entity?.version ?? 0;
        setConflict('stale');
      } else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const reloadLatest = () => {
    setConflict('reloading');
    query.reload();
  };

  const toggleDeleted = async () => {
    if (!entity) return;
    if (!entity.deleted && !window.confirm(`确定删除“${entity.name}”？删除后可以恢复。`)) return;
    setBusy(true);
    setError(undefined);
    try {
      await setDeleted(kind, entity.id, entity.version, !entity.deleted);
      setNotice(entity.deleted ? '已恢复。' : '已删除（可恢复）。');
      query.reload();
    } catch (e) {
      const failure = asApiError(e);
      if (failure.code === 'CONFLICT') {
        staleVersion.current = entity.version;
        setConflict('stale');
      } else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const differs = (field: FieldSpec) =>
    conflict === 'reviewing' && latest !== undefined && (latest[field.name] ?? '') !== (draft[field.name] ?? '');

  return (
    <section aria-labelledby="editor-heading" className="editor">
      <div className="toolbar">
        <h3 id="editor-heading">
          {id === null ? `新建${KIND[kind]}` : `编辑${KIND[kind]}：${entity!.name}`}{' '}
          {entity?.deleted && <span className="badge validity-repealed">已删除</span>}
        </h3>
        {entity && <Link to={entityPath(kind, entity.id)}>查看公开页面</Link>}
      </div>
      <div aria-live="assertive">
        {conflict === 'stale' && (
          <div className="error conflict" role="alert">
            <p>该条目已被他人修改。您在表单中的修改仍然保留，请载入最新版本核对后再保存。</p>
            <button type="button" onClick={reloadLatest}>
              载入最新版本
            </button>
          </div>
        )}
        {conflict === 'reviewing' && (
          <p className="warning" role="status">
            已载入最新版本（第 {entity?.version}{' '}
            版）。您未改动的字段已更新；您改动过且与最新内容不同的字段下方列出了最新内容，核对后再次保存即可。
          </p>
        )}
        {error && <ErrorMessage error={error} prefix="保存失败" />}
        {notice && (
          <p className="success" role="status">
            {notice}
          </p>
        )}
      </div>
      <form onSubmit={save} className="stack" aria-label={`${KIND[kind]}信息`}>
        {FIELDS[kind].map((field) => (
          <FieldInput
            key={field.name}
            field={field}
            value={draft[field.name] ?? ''}
            onChange={(value) => setDraft((d) => ({ ...d, [field.name]: value }))}
            latest={differs(field) ? (latest?.[field.name] ?? '') : undefined}
          />
        ))}
        {id === null && (
          <label>
            来源网址（可选）
            <input type="url" value={sourceUrl} onChange={(e) => setSourceUrl(e.target.value)} />
          </label>
        )}
        <div className="actions">
          <button type="submit" disabled={busy} aria-busy={busy}>
            {id === null ? '创建' : '保存'}
          </button>
          {entity && (
            <button type="button" className="secondary" disabled={busy} onClick={() => void toggleDeleted()}>
              {entity.deleted ? '恢复' : '删除'}
            </button>
          )}
          {entity && <span className="meta">当前版本：第 {entity.version} 版</span>}
        </div>
      </form>
      {entity && query.data?.neighbourhood && (
        <LinkPanel kind={kind} entityId={entity.id} neighbourhood={query.data.neighbourhood} onChanged={query.reload} />
      )}
      {entity && !entity.deleted && kind !== 'Project' && (
        <MergePanel kind={kind} keepId={entity.id} keepName={entity.name} onMerged={query.reload} />
      )}
      {entity && <AuditLog entries={entity.history.edges.map((e) => e.node)} />}
    </section>
  );
}

function FieldInput({
  field,
  value,
  onChange,
  latest,
}: {
  field: FieldSpec;
  value: string;
  onChange: (value: string) => void;
  latest: string | undefined;
}) {
  const id = `field-${field.name}`;
  const hint = latest !== undefined ? `${id}-latest` : undefined;
  const common = { id, value, 'aria-describedby': hint, required: field.required };
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      {field.type === 'textarea' ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : field.type === 'select' ? (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          <option value="">未填写</option>
          {Object.entries(field.options ?? {}).map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={field.type === 'date' ? 'date' : field.type === 'url' ? 'url' : 'text'}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {latest !== undefined && (
        <p className="latest" id={hint}>
          最新内容：{latest || '（空）'}
          <button type="button" className="link" onClick={() => onChange(latest)}>
            采用最新内容
          </button>
        </p>
      )}
    </div>
  );
}
