import { VALIDITY } from '../app/labels';

export function ValidityBadge({ validity }: { validity: string | null | undefined }) {
  if (!validity) return <span className="badge unknown">效力未知</span>;
  return <span className={`badge validity-${validity.toLowerCase()}`}>{VALIDITY[validity] ?? validity}</span>;
}
