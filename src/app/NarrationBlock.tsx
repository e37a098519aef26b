import type { NarrationSnapshot } from '../store/narration.ts';

/**
 * The step's story, large: its narration, the step as written and what it did, the closing words after the
 * last step. Scenario text, so React text only.
 */
export function NarrationBlock({
  snapshot,
  withDifference,
}: {
  snapshot: NarrationSnapshot;
  withDifference: boolean;
}) {
  const { step, title, narration, text, outcome, epilogue, difference } = snapshot;
  return (
    <div className="narration-block" data-step={step}>
      {step === 0 && <p className="narration-lead">{title ?? 'Untitled scenario'}</p>}
      {narration !== null && <p className="narration-text">{narration}</p>}
      {text !== null && (
        <p className="narration-step">
          <span className="muted">Step {step}: </span>
          <code>{text}</code>
          {outcome !== null && <span className="narration-outcome"> → {outcome}</span>}
        </p>
      )}
      {withDifference && difference !== null && <p className="narration-difference">≠ {difference}</p>}
      {epilogue !== null && <p className="narration-text">{epilogue}</p>}
    </div>
  );
}
