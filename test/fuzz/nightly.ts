/**
 * The fuzz suite at nightly size: `npm run fuzz -- [--runs N] [--seed S]` mutates the built-ins N times
 * (200,000 by default) from seed S and holds the runner's contract on each. A breach prints its seed and
 * writes the text to fuzz-failure-SEED.scn, then the run exits 1; CI runs a fixed slice of the same
 * mutations (mutations.test.ts).
 */

import { writeFileSync } from 'node:fs';
import process from 'node:process';

import { CORPUS } from './corpus.ts';
import { contractBroken } from './contract.ts';
import { mutate } from './mutate.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isSafeInteger(value) && value >= 0 ? value : fallback;
};

const runs = arg('--runs', 200_000);
const start = arg('--seed', 1);
const began = Date.now();
let broken = 0;
for (let i = 0; i < runs; i++) {
  const seed = start + i;
  const builtin = CORPUS[seed % CORPUS.length]!;
  const text = mutate(builtin.text, seed);
  const why = contractBroken(text);
  if (why !== null) {
    broken++;
    writeFileSync(`fuzz-failure-${seed}.scn`, text);
    console.log(`seed ${seed} (${builtin.id}): ${why}`);
  }
  if ((i + 1) % 10_000 === 0)
    console.log(`${i + 1} runs, ${broken} broken, ${Math.round((Date.now() - began) / 1000)} s`);
}
console.log(`fuzz: ${runs} runs from seed ${start}, ${broken} broke the contract`);
process.exitCode = broken > 0 ? 1 : 0;
