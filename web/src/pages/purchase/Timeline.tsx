export interface TimelineStep {
  to: string;
  label: string;
  at: string;
  note?: string | null;
}

/** An instant as a reader in Jiaxing reads it: China date and minute (UTC+8, no summer time), as the store's times in the notes. */
function chinaMinute(at: string): string {
  const time = Date.parse(at);
  return Number.isNaN(time) ? at : new Date(time + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** A request's steps, oldest first. */
export function Timeline({ steps }: { steps: readonly TimelineStep[] }) {
  return (
    <ol className="purchase-timeline">
      {steps.map((step) => (
        <li key={`${step.to}-${step.at}`} data-status={step.to}>
          <strong>{step.label}</strong> <time dateTime={step.at}>{chinaMinute(step.at)}</time>
          {step.note && <span> · {step.note}</span>}
        </li>
      ))}
    </ol>
  );
}
