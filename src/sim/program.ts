/**
 * The scenario's steps compiled once for the engine: what every step needs (its line, actor and
 * operation) and all that a read or a write needs, in flat arrays read in step order.
 *
 * Why: the parsed steps are trees of small objects (step, position, action, address, number, value)
 * scattered over the heap, and an access step touched six of them. In the benchmark the first load of
 * each step cost a tenth of all the engine's time. Reads and writes (four steps in five) now run from
 * these arrays; the rarer steps still read their parsed form.
 */

import { bytes, valueText, type Addr, type Scenario, type Step } from './spec.ts';

type Op = Step['action']['op'];

/** A step's kind as the engine dispatches on it. */
export const READ = 0;
export const WRITE = 1;
/** Any other process step: the engine reads its parsed action. */
export const SYSCALL = 2;
export const DEVICE = 3;

export interface Program {
  kind: Uint8Array;
  line: Int32Array;
  /** 1 where `process` lines start processes before the step. */
  starts: Uint8Array;
  /** The acting process's name (one string per name: Map lookups compare by identity first). */
  actor: Array<string | null>;
  op: Op[];
  /** Read and write: the address is `addrBase` plus the variable's value, or `addrBase` alone. */
  addrVar: Array<string | null>;
  addrBase: Float64Array;
  /** Write: the text stored. */
  value: Array<string | null>;
}

const compiled = new WeakMap<Scenario, Program>();

/** The program of a scenario, compiled on first use (a scenario is never changed after parsing). */
export function programOf(scenario: Scenario): Program {
  let p = compiled.get(scenario);
  if (!p) {
    p = compile(scenario);
    compiled.set(scenario, p);
  }
  return p;
}

function compile(scenario: Scenario): Program {
  const P = scenario.machine.pageSize;
  const n = scenario.steps.length;
  const names = new Map<string, string>();
  const intern = (x: string): string => {
    const known = names.get(x);
    if (known !== undefined) return known;
    names.set(x, x);
    return x;
  };
  const p: Program = {
    kind: new Uint8Array(n),
    line: new Int32Array(n),
    starts: new Uint8Array(n),
    actor: new Array<string | null>(n).fill(null),
    op: new Array<Op>(n).fill('read'),
    addrVar: new Array<string | null>(n).fill(null),
    addrBase: new Float64Array(n),
    value: new Array<string | null>(n).fill(null),
  };
  for (let i = 0; i < n; i++) {
    const step = scenario.steps[i]!;
    const a = step.action;
    p.line[i] = step.pos.line;
    p.starts[i] = step.starts.length > 0 ? 1 : 0;
    p.op[i] = a.op;
    if (step.kind === 'device') {
      p.kind[i] = DEVICE;
      continue;
    }
    p.actor[i] = intern(step.proc);
    if (a.op === 'read' || a.op === 'write') {
      p.kind[i] = a.op === 'read' ? READ : WRITE;
      p.addrVar[i] = a.addr.kind === 'var' ? intern(a.addr.name) : null;
      p.addrBase[i] = addrBase(a.addr, P);
      if (a.op === 'write') p.value[i] = intern(a.value === null ? 'x' : valueText(a.value, P));
    } else p.kind[i] = SYSCALL;
  }
  return p;
}

function addrBase(a: Addr, P: number): number {
  if (a.kind === 'num') return bytes(a.num, P);
  return a.offset ? a.sign * bytes(a.offset, P) : 0;
}
