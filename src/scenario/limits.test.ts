import { describe, expect, it } from 'vitest';
import { parseScenario, type Diagnostic } from './index.ts';

function errorsOf(text: string): Diagnostic[] {
  const r = parseScenario(text);
  return r.ok ? [] : r.errors;
}

const MiB = 1024 * 1024;

describe('limits', () => {
  it('refuses more than 4 MB of text before lexing it, cheaply', () => {
    const huge = `title "${'x'.repeat(100 * MiB)}"`;
    const t0 = performance.now();
    const errors = errorsOf(huge);
    expect(performance.now() - t0).toBeLessThan(50);
    expect(errors).toEqual([{ line: 1, col: 1, message: expect.stringMatching(/too large.*4 MB/) }]);
  });

  it('counts the 4 MB in UTF-8 bytes', () => {
    expect(errorsOf('#'.repeat(4 * MiB))).toEqual([]);
    expect(errorsOf(`#${'é'.repeat(2 * MiB)}`)[0]?.message).toMatch(/4 MB/);
  });

  it('allows 200,000 lines and refuses the 200,001st', () => {
    expect(errorsOf('\n'.repeat(200_000))).toEqual([]);
    expect(errorsOf('#\n'.repeat(200_001))).toEqual([
      { line: 200_001, col: 1, message: expect.stringMatching(/too many lines.*200000/) },
    ]);
  });

  it('allows 150,000 steps and refuses the 150,001st', () => {
    const steps = (n: number) => `process p\n${'p: exit\n'.repeat(n)}`;
    const t0 = performance.now();
    expect(errorsOf(steps(150_000))).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(errorsOf(steps(150_001))).toEqual([
      { line: 150_002, col: 1, message: expect.stringMatching(/too many steps/) },
    ]);
  });

  it('counts declared processes and fork children up to 64', () => {
    const decls = (n: number) => Array.from({ length: n }, (_, i) => `process p${i}`).join('\n');
    expect(errorsOf(decls(64))).toEqual([]);
    expect(errorsOf(decls(65))).toEqual([
      { line: 65, col: 1, message: expect.stringMatching(/too many processes: the limit is 64/) },
    ]);
    expect(errorsOf(`${decls(63)}\np0: fork -> c1\np0: fork -> c2`)).toEqual([
      { line: 65, col: 13, message: expect.stringMatching(/too many processes/) },
    ]);
  });

  it('allows 32 devices and refuses the 33rd', () => {
    const devices = (n: number) => Array.from({ length: n }, (_, i) => `device d${i} clone`).join('\n');
    expect(errorsOf(devices(32))).toEqual([]);
    expect(errorsOf(devices(33))).toEqual([
      { line: 33, col: 1, message: expect.stringMatching(/too many devices: the limit is 32/) },
    ]);
  });

  it('allows 4,096 RAM frames, 12 screens and 65,536 pages', () => {
    expect(errorsOf('machine ram=4096\ndevice t vt screens=12 fb=341p\ndevice c clone pages=65536')).toEqual(
      [],
    );
    expect(errorsOf('machine ram=4096\ndevice t vt screens=12 fb=342p')[0]?.message).toMatch(
      /boot-time memory/,
    );
  });

  // How fast is the benchmark's business (`npm run bench` prints parseMs): a timed test only flakes.
  it('parses a large file without errors', () => {
    const lines = ['device t vt', 'process p'];
    for (let i = 0; i < 20_000; i++) {
      lines.push(
        `p: open /dev/t${i % 2} -> f${i % 50}`,
        `p: mmap f${i % 50} 1p prot=rw shared -> m${i % 50}`,
      );
      lines.push(
        `p: write m${i % 50}+16 "hello ${i}"`,
        'expect fault',
        `p: read m${i % 50}+0x10`,
        'expect value "x"',
      );
    }
    expect(errorsOf(lines.join('\n'))).toEqual([]);
  });
});
