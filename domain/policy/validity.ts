/**
 * A policy's validity (效力): stored as printed on the page (有效 / 废止 / 失效), named in the
 * API by its code. The one table of both spellings.
 */

export type Validity = '有效' | '废止' | '失效';
export type ValidityCode = 'VALID' | 'REPEALED' | 'EXPIRED';

export const VALIDITIES: readonly { readonly stored: Validity; readonly code: ValidityCode }[] = [
  { stored: '有效', code: 'VALID' },
  { stored: '废止', code: 'REPEALED' },
  { stored: '失效', code: 'EXPIRED' },
];

export const VALIDITY_CODES: readonly ValidityCode[] = VALIDITIES.map((v) => v.code);

/** Validities that put a policy out of force whatever its dates say. */
export const OUT_OF_FORCE: readonly Validity[] = ['废止', '失效'];

export const isValidity = (value: string): value is Validity => VALIDITIES.some((v) => v.stored === value);

/** The API code of a stored validity; null for none or one this table does not know. */
export const validityCode = (stored: string | null | undefined): ValidityCode | null =>
  VALIDITIES.find((v) => v.stored === stored)?.code ?? null;

/** The stored validity of an API code. */
export const storedValidity = (code: ValidityCode | null | undefined): Validity | null =>
  VALIDITIES.find((v) => v.code === code)?.stored ?? null;
