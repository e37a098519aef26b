/**
 * Generated hostile inputs, each within the language's limits (or just past one), for `npm run bench`'s
 * worst-case figures and, scaled down, for the tests that pin down that none of them is quadratic.
 */

/** `n` one-page mmaps of one device in one process: as many VMAs as steps. */
export function manyVmas(n: number): string {
  const out = [
    'kernel linux',
    'machine ram=4096',
    'device buf kbuf pages=1',
    'process p',
    'p: open /dev/buf -> fd',
  ];
  for (let i = 1; i < n; i++) out.push('p: mmap fd 1p');
  return out.join('\n') + '\n';
}

/** irix's eager driver maps (and unmaps) a 65,536-page card `n` times: the most page operations a step can do. */
export function eagerCardLoop(n: number, pages = 65_536): string {
  const out = [
    'kernel irix',
    'machine ram=4096 levels=2 tlb=1024',
    `device sd card pages=${pages}`,
    'process p',
    'p: open /dev/sd -> fd',
  ];
  for (let i = 0; i < n; i++) out.push(`p: mmap fd ${pages}p -> a${i % 2}`, `p: munmap a${i % 2} ${pages}p`);
  return out.join('\n') + '\n';
}

/** A header line of `n` machine keys: `machine ram=1 ram=1 ...` (every one after the first is an error). */
export function repeatedMachineKeys(n: number, key = 'ram=1'): string {
  return `machine${` ${key}`.repeat(n)}\n`;
}

/** `n` lines, each with a syntax error. */
export function badLines(n: number): string {
  return '?\n'.repeat(n);
}

/** A title with `n` unknown escapes (each one an error). */
export function badEscapes(n: number): string {
  return `title "${'\\q'.repeat(n)}"\n`;
}

/** `n` one-page maps, then each unmapped from the lowest address up: every removal is at the list's front. */
export function unmapFromBottom(n: number): string {
  const out = [
    'kernel linux',
    'machine ram=4096',
    'device buf kbuf pages=1',
    'process p',
    'p: open /dev/buf -> fd',
  ];
  const half = Math.floor((n - 1) / 2);
  for (let i = 0; i < half; i++) out.push('p: mmap fd 1p');
  for (let i = 0; i < half; i++) out.push(`p: munmap 0x${(0x1000_0000 + i * 4096).toString(16)} 1p`);
  return out.join('\n') + '\n';
}

/** `n` opens of one device in one process: as many open files and descriptors as steps. */
export function manyFiles(n: number): string {
  const out = ['kernel netbsd', 'device buf kbuf pages=1', 'process p'];
  for (let i = 0; i < n; i++) out.push('p: open /dev/buf');
  return out.join('\n') + '\n';
}

/**
 * Every limit at once: 64 processes, 32 devices, a 4-level machine with 4,096 frames and a 1,024-entry
 * TLB, and the rest of 150,000 steps touching pages round the processes.
 */
export function everyLimit(steps = 150_000): string {
  const out = ['kernel linux', 'machine ram=4096 levels=4 tlb=1024'];
  for (let d = 0; d < 32; d++) out.push(`device b${d} kbuf pages=64`);
  for (let p = 0; p < 64; p++) out.push(`process p${p}`);
  let n = 0;
  for (let p = 0; p < 64; p++, n += 2) out.push(`p${p}: open /dev/b${p % 32} -> f`, `p${p}: mmap f 64p -> m`);
  for (let i = 0; n < steps; i++, n++) out.push(`p${i % 64}: write m+${(i * 7) % 64}p ${i}`);
  return out.join('\n') + '\n';
}
