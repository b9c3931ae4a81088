import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from './router';

/** How one field of a filter form travels in the query string. */
export interface UrlParam<T> {
  /** The query-string key; the field's own name when omitted. */
  key?: string;
  read(params: URLSearchParams, key: string): T;
  write(value: T): string | string[];
}

/** The fields of a filter form; declare it once per page, at module level (it is a hook dependency). */
export type UrlFilterSchema = Record<string, UrlParam<string | string[]>>;

export type UrlFilterValues<S extends UrlFilterSchema> = { [F in keyof S]: S[F] extends UrlParam<infer T> ? T : never };

export const urlParam = {
  /** One value; '' when absent. `trim` writes it trimmed (search boxes). */
  text: ({ key, trim = false }: { key?: string; trim?: boolean } = {}): UrlParam<string> => ({
    key,
    read: (params, k) => params.get(k) ?? '',
    write: (value) => (trim ? value.trim() : value),
  }),
  /** Repeated key, any values. */
  list: ({ key }: { key?: string } = {}): UrlParam<string[]> => ({
    key,
    read: (params, k) => params.getAll(k),
    write: (value) => value,
  }),
  /** One of `values`; `fallback` when absent or unknown. */
  oneOf: <T extends string>(values: readonly T[], fallback: T, { key }: { key?: string } = {}): UrlParam<T> => ({
    key,
    read: (params, k) => values.find((v) => v === params.get(k)) ?? fallback,
    write: (value) => value,
  }),
  /** Repeated key, unknown values dropped. */
  someOf: <T extends string>(values: readonly T[], { key }: { key?: string } = {}): UrlParam<T[]> => ({
    key,
    read: (params, k) => params.getAll(k).filter((v): v is T => values.some((known) => known === v)),
    write: (value) => value,
  }),
};

function readAll<S extends UrlFilterSchema>(schema: S, params: URLSearchParams): UrlFilterValues<S> {
  return Object.fromEntries(Object.entries(schema).map(([field, p]) => [field, p.read(params, p.key ?? field)])) as UrlFilterValues<S>;
}

function writeAll<S extends UrlFilterSchema>(schema: S, values: UrlFilterValues<S>): Record<string, string | string[]> {
  const byField = values as Record<string, string | string[]>;
  return Object.fromEntries(Object.entries(schema).map(([field, p]) => [p.key ?? field, p.write(byField[field] ?? '')]));
}

/**
 * A filter form whose applied values live in the query string: a shared link opens the same
 * view, and back/forward restores the previous filters (the form follows the URL). `draft` is
 * what the form shows; it differs from `applied` only while the reader edits before submitting.
 */
export function useUrlFilters<S extends UrlFilterSchema>(schema: S) {
  type Values = UrlFilterValues<S>;
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const applied = useMemo(() => readAll(schema, new URLSearchParams(search)), [schema, search]);
  const empty = useMemo(() => readAll(schema, new URLSearchParams()), [schema]);
  // An edit belongs to the URL it was made on: when the URL changes (submit, back, forward), the
  // form shows the URL's values again, and an edit made on an earlier visit of that URL is gone.
  const [edit, setEdit] = useState<{ search: string; values: Values }>();
  const [shown, setShown] = useState(search);
  if (shown !== search) {
    setShown(search);
    setEdit(undefined);
  }
  const draft = edit?.search === search ? edit.values : applied;

  /** Writes the values to the URL: a new history entry, or the current one with `replace`. */
  const apply = useCallback(
    (values: Values, options?: { replace?: boolean }) => setParams(writeAll(schema, values), options),
    [schema, setParams],
  );
  const setDraft = useCallback(
    (next: Values | ((draft: Values) => Values)) =>
      setEdit((current) => {
        const base = current?.search === search ? current.values : applied;
        return { search, values: typeof next === 'function' ? next(base) : next };
      }),
    [search, applied],
  );
  /** Changes one field of the form; with `apply`, also the URL (selects and checkboxes). */
  const change = <F extends keyof S>(field: F, value: Values[F], { apply: now = false }: { apply?: boolean } = {}) => {
    const next = { ...draft, [field]: value };
    setEdit({ search, values: next });
    if (now) apply(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };
  const clear = () => apply(empty);
  const active = JSON.stringify(applied) !== JSON.stringify(empty);
  return { applied, draft, setDraft, change, apply, submit, clear, active };
}
