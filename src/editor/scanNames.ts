/**
 * The names a scenario declares, read from its text line by line with no parse: the editor completes
 * them while the text is half written and would not parse. Only the lines before `upTo` are read, as a
 * name is usable only after the line that makes it.
 */

import { MAX_SCREENS } from '../scenario/limits.ts';
import { DEVICE_DEFAULTS } from '../sim/spec.ts';

export interface ScenarioNames {
  processes: string[];
  /** Device names with their types, and a vt's screens (its node count). */
  devices: { name: string; type: string; screens: number }[];
  /** Each process's variables (the `-> VAR` of its steps), in order of first appearance. */
  variables: Map<string, string[]>;
  cardLabels: string[];
  /** Driver blocks with the type they drive. */
  drivers: { name: string; type: string }[];
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const PROCESS = new RegExp(`^\\s*process\\s+(${NAME})`);
const DRIVER = new RegExp(`^\\s*driver\\s+(${NAME})\\s+(${NAME})`);
const DEVICE = new RegExp(`^\\s*device\\s+(${NAME})\\s+(${NAME})(.*)$`);
const STEP = new RegExp(`^\\s*(${NAME})\\s*:\\s*(${NAME})\\b.*->\\s*(${NAME})`);
const CARD = new RegExp(`\\bcard=(${NAME})`);
const INSERT = new RegExp(`^\\s*insert\\s+${NAME}\\s+(${NAME})`);

const add = (list: string[], name: string) => {
  if (!list.includes(name)) list.push(name);
};

/** The names declared in `text` before offset `upTo` (the whole text when absent). */
export function scanNames(text: string, upTo = text.length): ScenarioNames {
  const out: ScenarioNames = {
    processes: [],
    devices: [],
    variables: new Map(),
    cardLabels: [],
    drivers: [],
  };
  for (const raw of text.slice(0, upTo).split('\n')) {
    const line = raw.replace(/#.*$/, '');
    if (/^\s*>/.test(line)) continue;
    let m = PROCESS.exec(line);
    if (m?.[1]) add(out.processes, m[1]);
    m = DRIVER.exec(line);
    if (m?.[1] && m[2] && !out.drivers.some((d) => d.name === m?.[1]))
      out.drivers.push({ name: m[1], type: m[2] });
    m = DEVICE.exec(line);
    if (m?.[1] && m[2] && !out.devices.some((d) => d.name === m?.[1])) {
      const screens = Number(/\bscreens=(\d+)/.exec(m[3] ?? '')?.[1] ?? DEVICE_DEFAULTS.vt.screens);
      out.devices.push({ name: m[1], type: m[2], screens: Math.min(screens, MAX_SCREENS) });
      const card = CARD.exec(m[3] ?? '')?.[1];
      if (card && card !== 'none') add(out.cardLabels, card);
    }
    m = STEP.exec(line);
    if (m?.[1] && m[2] && m[3]) {
      if (m[2] === 'fork') {
        add(out.processes, m[3]);
        // A child starts with copies of its parent's variables.
        out.variables.set(m[3], [...(out.variables.get(m[1]) ?? [])]);
      } else {
        const vars = out.variables.get(m[1]) ?? [];
        add(vars, m[3]);
        out.variables.set(m[1], vars);
      }
    }
    m = INSERT.exec(line);
    if (m?.[1]) add(out.cardLabels, m[1]);
  }
  return out;
}

/** The device nodes a device has: `/dev/NAME0`... for a vt, `/dev/NAME` for the others. */
export function devicePaths(d: { name: string; type: string; screens: number }): string[] {
  if (d.type !== 'vt') return [`/dev/${d.name}`];
  return Array.from({ length: Math.max(1, d.screens) }, (_, i) => `/dev/${d.name}${i}`);
}
