import { parseScenario } from '../src/scenario/index.ts';
import { boot } from '../src/sim/boot.ts';
import { runStep } from '../src/sim/engine.ts';
import { benchScenario } from './generate.ts';
const only = process.argv[2] ?? 'rw';
const text = benchScenario(100_000).split('\n').filter((l) => {
  if (only === 'all') return true;
  if (/^(switch|eject|insert)|: (munmap|mprotect|fork|exit)|^c\d+:/.test(l)) return false;
  return true;
}).join('\n');
const parsed = parseScenario(text);
if (!parsed.ok) throw new Error('bad ' + JSON.stringify(parsed.errors.slice(0,2)));
const steps = parsed.scenario.steps;
const rates = [];
for (let run = 0; run < 8; run++) {
  const state = boot(parsed.scenario);
  const t0 = performance.now();
  while (state.step < steps.length) runStep(state);
  rates.push(Math.round(steps.length / ((performance.now() - t0) / 1000)));
}
console.log(steps.length, rates.join(' '));
