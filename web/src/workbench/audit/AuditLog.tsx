import { AUDIT_ACTION } from '../../app/labels';

interface Entry {
  id: string;
  at: string;
  action: string;
  actor?: { displayName: string } | null;
  before?: string | null;
  after?: string | null;
}

const IGNORED = new Set(['version', 'updatedAt', 'createdAt', 'provAt', 'provActor']);

/** Which fields an entry changed, from its before/after JSON. */
function changes(entry: Entry): string[] {
  try {
    const before = entry.before ? (JSON.parse(entry.before) as Record<string, unknown>) : {};
    const after = entry.after ? (JSON.parse(entry.after) as Record<string, unknown>) : {};
    return [...new Set([...Object.keys(before), ...Object.keys(after)])]
      .filter((key) => !IGNORED.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      .map((key) => `${key}：${show(before[key])} → ${show(after[key])}`);
  } catch {
    return [];
  }
}

const show = (value: unknown) =>
  value === undefined || value === null || value === '' ? '（空）' : typeof value === 'string' ? value : JSON.stringify(value);

export function AuditLog({ entries }: { entries: Entry[] }) {
  return (
    <section aria-labelledby="audit-heading" className="audit">
      <h4 id="audit-heading">修改记录</h4>
      {entries.length === 0 ? (
        <p className="empty">暂无记录。</p>
      ) : (
        <ol className="plain">
          {entries.map((e) => {
            const changed = changes(e);
            return (
              <li key={e.id}>
                <time dateTime={e.at}>{e.at.replace('T', ' ').slice(0, 19)}</time> {e.actor?.displayName ?? '运维命令行'}{' '}
                {AUDIT_ACTION[e.action] ?? e.action}
                {changed.length > 0 && (
                  <details>
                    <summary>变更内容（{changed.length}）</summary>
                    <ul>
                      {changed.map((c) => (
                        <li key={c}>{c}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
