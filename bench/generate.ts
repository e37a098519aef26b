/**
 * The benchmark scenario: 100,000 steps by default, 16 processes, all six device types, mixed reads
 * and writes, switches, ejects, forks. Generated from a seeded generator, so every run is the same.
 */

/** A small seeded generator (mulberry32): the benchmark must not depend on Math.random. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MAPS = [
  { v: 'vt', path: (p: number) => `/dev/tty${p % 4}`, pages: 4 },
  { v: 'cd', path: () => '/dev/sd', pages: 4 },
  { v: 'ps', path: () => '/dev/kmem', pages: 4 },
  { v: 'kb', path: () => '/dev/buf', pages: 8 },
  { v: 'rg', path: () => '/dev/gfx', pages: 2 },
  { v: 'cl', path: () => '/dev/ptm', pages: 2 },
];

/** Scenario text with `steps` steps (a few more for setup) under `kernel`. */
export function benchScenario(steps = 100_000, kernel = 'linux', seed = 1): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: string[] = [
    'title "benchmark"',
    `kernel ${kernel}`,
    'machine ram=1024 levels=2 tlb=32',
    'device tty vt screens=4 fb=4p',
    'device sd card pages=4 card=A',
    'device kmem pseudo regions=a:4@0',
    'device buf kbuf pages=8 holes=3',
    'device gfx regs at=0xC0000000 size=0x2000',
    'device ptm clone pages=2',
  ];
  const procs = Array.from({ length: 16 }, (_, i) => `p${i}`);
  for (const p of procs) out.push(`process ${p}`);
  for (const [i, p] of procs.entries()) {
    for (const m of MAPS)
      out.push(`${p}: open ${m.path(i)} -> f${m.v}`, `${p}: mmap f${m.v} ${m.pages}p -> ${m.v}`);
  }
  let forks = 0;
  const children: string[] = [];
  let slot: string | null = 'A';
  const labels = ['A', 'B', 'C'];
  const access = (p: string) => {
    const m = pick(MAPS);
    const off = Math.floor(r() * m.pages * 4096) & ~7;
    return r() < 0.5 ? `${p}: read ${m.v}+${off}` : `${p}: write ${m.v}+${off} ${Math.floor(r() * 1000)}`;
  };
  const body: string[] = [];
  while (body.length < steps) {
    const x = r();
    const p = pick(procs);
    if (x < 0.8) body.push(access(p));
    else if (x < 0.84) body.push(`switch tty ${Math.floor(r() * 4)}`);
    else if (x < 0.86) {
      if (slot) {
        body.push('eject sd');
        slot = null;
      } else {
        slot = pick(labels);
        body.push(`insert sd ${slot}`);
      }
    } else if (x < 0.9) {
      const m = pick(MAPS);
      body.push(`${p}: munmap ${m.v} ${m.pages}p`, `${p}: mmap f${m.v} ${m.pages}p -> ${m.v}`);
    } else if (x < 0.94) {
      const m = pick(MAPS);
      body.push(`${p}: mprotect ${m.v} 1p ${pick(['r', 'rw', 'none', 'rw'])}`);
    } else if (x < 0.945 && forks < 40) {
      const c = `c${forks++}`;
      body.push(`${p}: fork -> ${c}`);
      children.push(c);
    } else if (x < 0.96 && children.length > 0) {
      const c = children.shift()!;
      body.push(access(c), access(c), `${c}: exit`);
    } else body.push(access(p));
  }
  return out.concat(body.slice(0, steps)).join('\n') + '\n';
}
