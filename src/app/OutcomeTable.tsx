import { describeLands } from '../scenario/describe.ts';
import type { ShownStep } from '../worker/protocol.ts';

function Expectations({ step }: { step: ShownStep }) {
  if (step.expects === 0) return null;
  if (step.expectFailed.length === 0) {
    return <span className="held">✓ {step.expects === 1 ? 'held' : `${step.expects} held`}</span>;
  }
  return (
    <ul className="failed-list">
      {step.expectFailed.map((text, i) => (
        <li key={i}>✗ {text}</li>
      ))}
    </ul>
  );
}

function Row({ step }: { step: ShownStep }) {
  const result = step.result === 'signal' ? (step.signal ?? 'signal') : step.result;
  return (
    <tr data-line={step.line} data-failed={step.expectFailed.length > 0 ? 'true' : undefined}>
      <td className="num">{step.line}</td>
      <td>{step.actor ?? '—'}</td>
      <td className="code">{step.text}</td>
      <td className={result === 'ok' ? undefined : 'bad'}>{result}</td>
      <td>{step.fault ? 'fault' : ''}</td>
      <td className="code">{describeLands(step.lands)}</td>
      <td className="code">{step.value === null ? '' : JSON.stringify(step.value)}</td>
      <td className={step.violations.length > 0 ? 'bad' : undefined}>
        {step.violations.length > 0 ? `⚠ ${step.violations.join(', ')}` : ''}
      </td>
      <td>
        <Expectations step={step} />
      </td>
    </tr>
  );
}

/** One row per step: what it did, where its access landed, and whether its expectations held. */
export function OutcomeTable({ steps }: { steps: readonly ShownStep[] }) {
  return (
    <table className="outcome-table" aria-label="Step outcomes">
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Actor</th>
          <th scope="col">Operation</th>
          <th scope="col">Result</th>
          <th scope="col">Fault</th>
          <th scope="col">Lands</th>
          <th scope="col">Value</th>
          <th scope="col">Violations</th>
          <th scope="col">Expectations</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((step) => (
          <Row key={step.line} step={step} />
        ))}
      </tbody>
    </table>
  );
}
