/**
 * Predict mode's questions: before a step with `expect` lines, the student is asked what the step will do.
 * Each question comes from the kind of expectation the author wrote (how it ends, whether it faults, where
 * the access lands, what a read returns, whether isolation holds), and its choices are the answers that
 * are plausible for that step in that scenario, in a fixed order that does not depend on the truth: the
 * page gets the choices with nothing marked, and learns the answer only from `gradeQuiz` after answering.
 */

import { deviceSpan, resolveDevice } from '../sim/devices.ts';
import {
  type DeviceType,
  type Errno,
  type Rule,
  type Scenario,
  type Signal,
  type Step,
} from '../sim/spec.ts';
import { valueText } from '../sim/spec.ts';

export type QuestionKind = 'outcome' | 'fault' | 'lands' | 'value' | 'isolation' | 'users';

export interface Question {
  kind: QuestionKind;
  prompt: string;
  choices: string[];
  /** A `users` question: the device whose use count it asks. */
  device?: string;
}

/** The questions asked before step `step` (1-based, as `data-step` after it). */
export interface Quiz {
  step: number;
  /** The step's actor, null for a device step. */
  actor: string | null;
  /** The operation as written (`write scr+16 "hello"`). */
  text: string;
  questions: Question[];
}

/** Choice words shared by the questions and the grading. */
export const SUCCEEDS = 'ok';
export const FAULTS = 'It faults';
export const NO_FAULT = 'No fault';
export const IN_RAM = 'RAM';
export const NOWHERE = 'Nowhere: a signal stops it';
export const CLEAN = 'None: every mapping is isolated';

/** Errnos a reader could reasonably expect from each operation (kernel-models.md), beside `ok`. */
const PLAUSIBLE: Record<string, readonly (Errno | Signal)[]> = {
  open: ['ENXIO', 'EACCES', 'ESRCH'],
  close: ['EBADF', 'ESRCH'],
  mmap: ['EINVAL', 'EACCES', 'ENXIO', 'ENOMEM', 'EBADF'],
  munmap: ['EINVAL', 'ENODEV'],
  mprotect: ['EINVAL', 'EACCES', 'ENOMEM'],
  read: ['SIGSEGV', 'SIGBUS', 'ESRCH'],
  write: ['SIGSEGV', 'SIGBUS', 'ESRCH'],
  fork: ['ENOMEM', 'ESRCH'],
  exit: ['ESRCH'],
  switch: ['ENXIO'],
  eject: ['ENXIO'],
  insert: ['EBUSY', 'ENXIO'],
  unload: ['EBUSY', 'EWOULDBLOCK', 'ENOENT'],
};

/** The rule a device of each type can break (kernel-models.md, "Which rule speaks"). */
const RULE_OF: Record<DeviceType, Rule> = {
  vt: 'vt-foreground',
  card: 'card-present',
  pseudo: 'device-bounds',
  kbuf: 'device-bounds',
  regs: 'device-bounds',
  clone: 'per-open',
};

/** Devices whose memory is device memory rather than RAM (kernel-models.md, the drivers' table). */
const DEVICE_MEMORY: ReadonlySet<DeviceType> = new Set(['vt', 'card', 'regs']);

/** The operation word of a step. */
export function opOf(step: Step): string {
  return step.action.op;
}

function isAccess(step: Step): boolean {
  return step.kind === 'proc' && (step.action.op === 'read' || step.action.op === 'write');
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function outcomeQuestion(step: Step): Question {
  const expected = step.expects.flatMap((e) =>
    e.check.kind === 'errno' ? [e.check.errno] : e.check.kind === 'signal' ? [e.check.signal] : [],
  );
  const others = [...(PLAUSIBLE[opOf(step)] ?? []), ...expected];
  // Signals first, then errnos alphabetically: an order that says nothing about which one is right.
  const sorted = unique(others).sort(
    (a, b) => Number(b.startsWith('SIG')) - Number(a.startsWith('SIG')) || a.localeCompare(b),
  );
  return {
    kind: 'outcome',
    prompt: isAccess(step) ? 'How does the access end?' : 'What does the step return?',
    choices: [SUCCEEDS, ...sorted],
  };
}

/** Pages offered per device when the question asks for the page: enough for every built-in's devices. */
const MAX_PAGES = 8;

/**
 * Where an access lands: RAM, a device with device memory, or nowhere. When the author's expectation
 * names a page (`expect device ttyv page 1`), so does the question: one choice per page of each device.
 */
function landsQuestion(scenario: Scenario, step: Step): Question {
  const pageSize = scenario.machine.pageSize;
  const expectedPages = step.expects.flatMap((e) =>
    e.check.kind === 'device' && e.check.page !== null
      ? [{ device: e.check.device, page: e.check.page.value }]
      : [],
  );
  const devices = scenario.devices.flatMap((spec, i) => {
    if (!DEVICE_MEMORY.has(spec.type)) return [];
    if (expectedPages.length === 0) return [`device ${spec.name}`];
    const pages = Math.min(
      MAX_PAGES,
      Math.ceil(deviceSpan(resolveDevice(spec, i, pageSize, scenario.drivers), pageSize) / pageSize),
    );
    const offered = Array.from({ length: pages }, (_, p) => p);
    // A page past the cut that the author expects is offered too, or the question would have no answer.
    for (const e of expectedPages)
      if (e.device === spec.name && !offered.includes(e.page)) offered.push(e.page);
    return offered.sort((a, b) => a - b).map((p) => `device ${spec.name} page ${p}`);
  });
  return { kind: 'lands', prompt: 'Where does the access land?', choices: [IN_RAM, ...devices, NOWHERE] };
}

/** Every value the scenario writes, and 0 (what a location never written reads). */
function writtenValues(scenario: Scenario): string[] {
  const pageSize = scenario.machine.pageSize;
  const values = scenario.steps.flatMap((s) =>
    s.kind === 'proc' && s.action.op === 'write'
      ? [s.action.value ? valueText(s.action.value, pageSize) : 'x']
      : [],
  );
  return ['0', ...values];
}

/** At most this many values are offered: enough to be a choice, few enough to read. */
const MAX_VALUES = 6;

function valueQuestion(scenario: Scenario, step: Step): Question {
  const expected = step.expects.flatMap((e) =>
    e.check.kind === 'value' ? [valueText(e.check.value, scenario.machine.pageSize)] : [],
  );
  // The expected value and 0 (never written) are always offered; the rest are the values written nearest
  // before this step, which a reader has in mind, then the later ones.
  const before = scenario.steps.slice(0, scenario.steps.indexOf(step));
  const recent = writtenValues({ ...scenario, steps: before }).reverse();
  const rest = unique([...recent, ...writtenValues(scenario)]);
  const offered = unique([...expected, '0', ...rest]).slice(0, Math.max(MAX_VALUES, expected.length + 1));
  offered.sort((a, b) => (a === '0' ? -1 : b === '0' ? 1 : a.localeCompare(b)));
  return { kind: 'value', prompt: 'What does the read return?', choices: offered };
}

function isolationQuestion(scenario: Scenario, step: Step): Question {
  const expected = step.expects.flatMap((e) =>
    e.check.kind === 'violation' && e.check.rule ? [e.check.rule] : [],
  );
  const rules = unique([...scenario.devices.map((d) => RULE_OF[d.type]), ...expected]).sort();
  return {
    kind: 'isolation',
    prompt: 'After the step, does any mapping break an isolation rule? Which?',
    choices: [CLEAN, ...rules],
  };
}

/** The module use count of a device: counts from 0 to a little past the author's, in order. */
function usersQuestion(device: string, expected: number): Question {
  const top = Math.max(4, expected + 2);
  return {
    kind: 'users',
    prompt: `After the step, what is ${device}'s module use count?`,
    choices: Array.from({ length: top + 1 }, (_, n) => String(n)),
    device,
  };
}

/** The questions for step `index` (0-based) of a scenario: none when the step has no `expect` lines. */
export function questionsFor(scenario: Scenario, index: number): Question[] {
  const step = scenario.steps[index];
  if (!step || step.expects.length === 0) return [];
  const kinds = new Set(step.expects.map((e) => e.check.kind));
  const has = (...k: string[]) => k.some((x) => kinds.has(x as never));
  const out: Question[] = [];
  if (has('ok', 'errno', 'signal')) out.push(outcomeQuestion(step));
  if (has('fault', 'nofault'))
    out.push({
      kind: 'fault',
      prompt: 'Does the access trap into the page-fault path?',
      choices: [FAULTS, NO_FAULT],
    });
  if (has('device', 'ram')) out.push(landsQuestion(scenario, step));
  if (has('value')) out.push(valueQuestion(scenario, step));
  if (has('violation', 'clean')) out.push(isolationQuestion(scenario, step));
  for (const e of step.expects)
    if (e.check.kind === 'users') out.push(usersQuestion(e.check.device, e.check.count.value));
  return out;
}
