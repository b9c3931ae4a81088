import { ORGANIZATION_KIND, PROJECT_STATUS } from '../../app/labels';
import type { EntityKind } from '../../pages/entity/EntityPage';

/** The editable fields of each kind of entity, as the workbench form shows them. */
export interface FieldSpec {
  name: string;
  label: string;
  type: 'text' | 'textarea' | 'select' | 'date' | 'list' | 'url';
  options?: Record<string, string>;
  required?: boolean;
}

export const FIELDS: Record<EntityKind, FieldSpec[]> = {
  Person: [
    { name: 'name', label: '姓名', type: 'text', required: true },
    { name: 'title', label: '职务/职称', type: 'text' },
    { name: 'description', label: '简介', type: 'textarea' },
  ],
  Organization: [
    { name: 'name', label: '名称', type: 'text', required: true },
    { name: 'aliases', label: '别名（用顿号分隔）', type: 'list' },
    { name: 'kind', label: '类型', type: 'select', options: ORGANIZATION_KIND },
    { name: 'creditCode', label: '统一社会信用代码', type: 'text' },
    { name: 'website', label: '网站', type: 'url' },
    { name: 'description', label: '简介', type: 'textarea' },
  ],
  Project: [
    { name: 'name', label: '名称', type: 'text', required: true },
    { name: 'status', label: '状态', type: 'select', options: PROJECT_STATUS },
    { name: 'startedOn', label: '开始日期', type: 'date' },
    { name: 'description', label: '简介', type: 'textarea' },
  ],
};

export type Values = Record<string, string>;

const LIST_SEPARATOR = /[、,，;；\n]/;

/** Form values (all strings) of an entity as the API returns it. */
export function valuesOf(kind: EntityKind, entity: Record<string, unknown> | null | undefined): Values {
  const values: Values = {};
  for (const field of FIELDS[kind]) {
    const value = entity?.[field.name];
    values[field.name] = Array.isArray(value) ? value.join('、') : typeof value === 'string' ? value : '';
  }
  return values;
}

/** The API patch of form values: empty fields clear (null), lists are split. */
export function patchOf(kind: EntityKind, values: Values): Record<string, string | string[] | null> {
  const patch: Record<string, string | string[] | null> = {};
  for (const field of FIELDS[kind]) {
    const raw = (values[field.name] ?? '').trim();
    patch[field.name] =
      field.type === 'list'
        ? raw
            .split(LIST_SEPARATOR)
            .map((s) => s.trim())
            .filter(Boolean)
        : raw || null;
  }
  return patch;
}

/** The create input: like a patch, but empty fields are left out. */
export function inputOf(kind: EntityKind, values: Values): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(patchOf(kind, values)))
    if (value !== null && !(Array.isArray(value) && value.length === 0)) input[key] = value;
  return input;
}
