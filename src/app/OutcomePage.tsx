import type { EngineReply, RunResult } from '../worker/protocol.ts';
import { OutcomeTable } from './OutcomeTable.tsx';
import { useBuiltinRun } from './useBuiltinRun.ts';
import { useHashParam } from './useHashParam.ts';

export const DEFAULT_EXAMPLE = 'first-touch';

function Summary({ result }: { result: RunResult }) {
  const steps = `${result.steps.length} ${result.steps.length === 1 ? 'step' : 'steps'} on ${result.kernel}`;
  if (result.expectations === 0) return <p className="summary">{steps}, no expectations.</p>;
  if (result.failed === 0) {
    return (
      <p className="summary">
        {steps}: <span className="held">✓ all {result.expectations} expectations held</span>
      </p>
    );
  }
  return (
    <p className="summary">
      {steps}:{' '}
      <span className="bad">
        ✗ expectations failed on {result.failed} {result.failed === 1 ? 'step' : 'steps'}
      </span>
    </p>
  );
}

function Failure({ reply }: { reply: Exclude<EngineReply, { type: 'ran' }> }) {
  switch (reply.type) {
    case 'not-found':
      return (
        <p>
          There is no built-in scenario called “{reply.builtinId}”.{' '}
          <a href={`#example=${DEFAULT_EXAMPLE}`}>Open {DEFAULT_EXAMPLE}</a>
        </p>
      );
    case 'failed':
      return <p>The engine failed while running the scenario: {reply.message}</p>;
    case 'invalid':
      return (
        <>
          <p>The scenario is not valid:</p>
          <ul>
            {reply.errors.map((e, i) => (
              <li key={i}>
                line {e.line}, column {e.col}: {e.message}
              </li>
            ))}
          </ul>
        </>
      );
  }
}

/** The first page: a built-in scenario (`#example=ID`, else first-touch) run in the worker, step by step. */
export function OutcomePage() {
  const exampleId = useHashParam('example') || DEFAULT_EXAMPLE;
  const run = useBuiltinRun(exampleId);

  return (
    <main className="outcome-page" aria-busy={run.status === 'running'}>
      <header>
        <p className="brand">pagerlab</p>
      </header>
      {run.status === 'running' && <p className="status">Running “{exampleId}”…</p>}
      {run.status === 'error' && (
        <div role="alert" className="alert">
          <p>{run.message}</p>
        </div>
      )}
      {run.status === 'done' && run.reply.type !== 'ran' && (
        <div role="alert" className="alert">
          <Failure reply={run.reply} />
        </div>
      )}
      {run.status === 'done' && run.reply.type === 'ran' && (
        <section
          className="outcome"
          aria-labelledby="scenario-title"
          data-example={exampleId}
          data-step={run.reply.result.steps.length}
          data-kernel={run.reply.result.kernel}
        >
          <h1 id="scenario-title">{run.reply.result.title ?? exampleId}</h1>
          <Summary result={run.reply.result} />
          <OutcomeTable steps={run.reply.result.steps} />
        </section>
      )}
    </main>
  );
}
