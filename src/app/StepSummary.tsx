import { describeLands } from '../scenario/describe.ts';
import type { StepDetail } from '../worker/protocol.ts';

function Expectations({ row }: { row: StepDetail }) {
  if (row.expects === 0) return null;
  if (row.expectFailed.length === 0)
    return (
      <p className="held">✓ {row.expects === 1 ? 'expectation held' : `${row.expects} expectations held`}</p>
    );
  return (
    <ul className="failed-list" aria-label="Failed expectations">
      {row.expectFailed.map((text, i) => (
        <li key={i}>✗ failed: {text}</li>
      ))}
    </ul>
  );
}

function Outcome({ row }: { row: StepDetail }) {
  const result = row.result === 'signal' ? (row.signal ?? 'signal') : row.result;
  // The reason stands right after the errno or signal it explains.
  const parts: string[] = [row.why === null ? result : `${result}: ${row.why}`];
  if (row.fault) parts.push('page fault');
  const lands = describeLands(row.lands);
  if (lands) parts.push(`lands ${lands}`);
  if (row.value !== null) parts.push(`read ${JSON.stringify(row.value)}`);
  return (
    <p className="outcome">
      <span className={row.result === 'ok' ? undefined : 'bad'}>{parts.join(' · ')}</span>
      {row.violations.length > 0 && <span className="bad"> · ⚠ {row.violations.join(', ')}</span>}
    </p>
  );
}

/** The step as written (line, actor, text) and what it did. Scenario text is React text, never markup. */
export function StepSummary({ step, row }: { step: number; row: StepDetail }) {
  return (
    <div className="step-summary" data-failed={row.expectFailed.length > 0 ? 'true' : undefined}>
      {row.narration !== null && <p className="narration">{row.narration}</p>}
      <p className="step-text">
        <span className="muted">
          Step {step}, line {row.line}:{' '}
        </span>
        <code>
          {row.actor === null ? '' : `${row.actor}: `}
          {row.text}
        </code>
      </p>
      <Outcome row={row} />
      <Expectations row={row} />
    </div>
  );
}
