/**
 * The outcome table of a run (protocol.ts OutcomeTable): every step's result, signal, fault, landing place,
 * value read and broken rules, in columns. A landing place is described from the state right after its
 * step, because what a frame or a device page *is* changes as the run goes (the framebuffer shows another
 * screen after a switch; a freed frame belongs to nobody): the words of a difference need that.
 */

import { boot } from '../sim/boot.ts';
import { runStep } from '../sim/engine.ts';
import type { Lands } from '../sim/outcome.ts';
import { RULES, SIGNALS, type KernelName, type Scenario } from '../sim/spec.ts';
import type { SimState } from '../sim/state.ts';
import { overWorkLimit } from '../sim/work.ts';
import { RESULT_CODES, type OutcomeTable, type Place } from './protocol.ts';

/** A page past the first of a multi-page thing is named: `page 2 of `. */
function pageOf(page: number): string {
  return page === 0 ? '' : `page ${page} of `;
}

/** What RAM frame `frame` holds, in words. */
function frameWhat(s: SimState, frame: number): string {
  const owner = s.frames[frame];
  switch (owner?.kind) {
    case 'backing':
      return `${pageOf(owner.page)}${owner.device} screen ${owner.screen}'s backing store`;
    case 'region':
      return `${pageOf(owner.page)}region ${owner.region} of ${owner.device}`;
    case 'kbuf':
      return `${pageOf(owner.page)}${owner.device}'s kernel buffer`;
    case 'clone':
      return `${pageOf(owner.page)}${owner.device} instance ${owner.instance}`;
    case 'pagetable':
      return 'a page-table page';
    default:
      return 'a free frame';
  }
}

/** What device page the access reached, in words. */
function deviceWhat(s: SimState, device: string): string {
  const d = s.devices.find((x) => x.name === device);
  switch (d?.type) {
    case 'vt':
      return `the framebuffer, showing screen ${d.front}`;
    case 'card':
      return d.slot === null ? 'the card window, with the slot empty' : `the card window, card ${d.slot}`;
    case 'regs':
      return 'the register block';
    default:
      return 'device memory';
  }
}

/** The place an access landed on, described as the machine is right after the step. */
export function placeOf(s: SimState, lands: Lands): Place {
  return {
    lands,
    what: lands.kind === 'ram' ? frameWhat(s, lands.frame) : deviceWhat(s, lands.device),
  };
}

/** Interns strings (or keyed things) into a list: 1 + the index, so 0 can mean "none". */
class Interner<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  code(key: string, item: T): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(item);
      this.index.set(key, i);
    }
    return i + 1;
  }
}

/** Runs `scenario` under `kernel` from boot and tabulates every step's outcome. */
export function outcomeTable(scenario: Scenario, kernel: KernelName): OutcomeTable {
  const n = scenario.steps.length;
  const table = {
    kernel,
    result: new Uint8Array(n),
    signal: new Uint8Array(n),
    fault: new Uint8Array(n),
    place: new Uint32Array(n),
    value: new Uint32Array(n),
    violations: new Uint8Array(n),
    subject: new Uint32Array(n),
  };
  const places = new Interner<Place>();
  const values = new Interner<string>();
  const subjects = new Interner<string>();
  const state = boot(scenario, kernel);
  let ran = n;
  for (let i = 0; i < n; i++) {
    const { outcome: o } = runStep(state);
    const who = o.actor === null ? `the ${o.op}` : `${o.actor}'s ${o.op}`;
    table.subject[i] = subjects.code(who, who);
    table.result[i] = RESULT_CODES.indexOf(o.result);
    table.signal[i] = o.signal === null ? 0 : SIGNALS.indexOf(o.signal) + 1;
    table.fault[i] = o.fault ? 1 : 0;
    if (o.lands !== null) {
      const p = placeOf(state, o.lands);
      table.place[i] = places.code(JSON.stringify(p), p);
    }
    if (o.value !== null) table.value[i] = values.code(o.value, o.value);
    table.violations[i] = o.violations.reduce((bits, rule) => bits | (1 << RULES.indexOf(rule)), 0);
    // Past the work bound the run stops: the steps that ran are the table.
    if (overWorkLimit(state)) {
      ran = i + 1;
      break;
    }
  }
  return {
    kernel,
    result: table.result.slice(0, ran),
    signal: table.signal.slice(0, ran),
    fault: table.fault.slice(0, ran),
    place: table.place.slice(0, ran),
    value: table.value.slice(0, ran),
    violations: table.violations.slice(0, ran),
    subject: table.subject.slice(0, ran),
    places: places.items,
    values: values.items,
    subjects: subjects.items,
  };
}
