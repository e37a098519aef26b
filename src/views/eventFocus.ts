/**
 * What the drawing must say about the step so far, beyond the picture: the event animating now, the
 * kernel call it is in (shown by the kernel box), and the signals delivered (badges stay for the step).
 */

import type { TraceEvent } from '../sim/events.ts';

export interface KernelCall {
  api: string;
  who: string;
  detail: string;
  /** The call has returned (its `return` came after it). */
  returned: string | null;
  /** The fault that led to it, in this step. */
  fault: Extract<TraceEvent, { t: 'fault' }> | null;
}

/** The step's system call, when it is one: its name and process, and what it returned (once it has). */
export interface Syscall {
  name: string;
  proc: string;
  result: string | null;
}

export interface StepFocus {
  current: TraceEvent | null;
  /** Position of `current` in the step (0-based), -1 for none: keys restart an animation per event. */
  index: number;
  call: KernelCall | null;
  /** The first call after the step's last fault: the fault handler (`vm_ops->fault`, `udv_fault`...). */
  handler: KernelCall | null;
  /** proc -> signal name, for the signals delivered so far in this step. */
  signals: ReadonlyMap<string, string>;
  /** The system call the step makes, if it makes one (a refused one calls no driver at all). */
  syscall: Syscall | null;
}

function withReturn(c: KernelCall | null, api: string, result: string): KernelCall | null {
  return c && c.api === api ? { ...c, returned: result } : c;
}

/** The focus after the first `eventIndex` of a step's events. */
export function stepFocus(events: readonly TraceEvent[], eventIndex: number): StepFocus {
  const n = Math.max(0, Math.min(eventIndex, events.length));
  let call: KernelCall | null = null;
  let fault: KernelCall['fault'] = null;
  let handler: KernelCall | null = null;
  const signals = new Map<string, string>();
  let syscall: Syscall | null = null;
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    if (e.t === 'syscall') syscall = { name: e.name, proc: e.proc, result: null };
    if (e.t === 'sysret' && syscall) syscall = { ...syscall, result: e.result };
    if (e.t === 'fault') {
      fault = e;
      handler = null;
    } else if (e.t === 'call') {
      call = { api: e.api, who: e.who, detail: e.detail, returned: null, fault };
      if (fault && !handler) handler = call;
    } else if (e.t === 'return') {
      call = withReturn(call, e.api, e.result);
      handler = withReturn(handler, e.api, e.result);
    }
    if (e.t === 'signal') signals.set(e.proc, e.signal);
  }
  const current = n > 0 ? events[n - 1]! : null;
  // A fault opens the kernel box at once, named with the handler the kernel is about to call.
  if (current?.t === 'fault') {
    const next = events.slice(n).find((e) => e.t === 'call');
    if (next?.t === 'call')
      handler = call = { api: next.api, who: next.who, detail: next.detail, returned: null, fault: current };
  }
  return { current, index: n - 1, call, handler, signals, syscall };
}
