export interface TimelineStep {
  to: string;
  label: string;
  at: string;
  note?: string | null;
}

/** A request's steps, oldest first. */
export function Timeline({ steps }: { steps: readonly TimelineStep[] }) {
  return (
    <ol className="purchase-timeline">
      {steps.map((step) => (
        <li key={`${step.to}-${step.at}`} data-status={step.to}>
          <strong>{step.label}</strong> <time dateTime={step.at}>{step.at.slice(0, 16).replace('T', ' ')}</time>
          {step.note && <span> · {step.note}</span>}
        </li>
      ))}
    </ol>
  );
}
