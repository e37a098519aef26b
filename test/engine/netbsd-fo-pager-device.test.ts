/**
 * kernel-models-more.md §2.4 and §4 on netbsd_fo: `pager=device` leaves a vt, card or clone driver only
 * `d_mmap`, and that device behaves exactly as on netbsd (the key came with freebsd, the model with
 * netbsd_fo; the merge has them meet here).
 */

import { describe, expect, it } from 'vitest';
import { calls, failures, rows, scn, trace } from '../helpers.ts';

const SWITCH = `p: open /dev/tty0 -> fd
p: mmap fd 1p -> m
p: read m
switch tty 1
p: read m`;

describe('netbsd_fo with pager=device: the device is as on netbsd', () => {
  it('vt: no fo_mmap, no pmap_pv_protect at the switch; the stale PTE breaks vt-foreground', () => {
    const header = 'device tty vt screens=2 pager=device\nprocess p';
    const body = `${SWITCH}\nexpect nofault\nexpect violation vt-foreground`;
    for (const k of ['netbsd_fo', 'netbsd'] as const) expect(failures(scn(k, header, body))).toEqual([]);
    const all = trace(scn('netbsd_fo', header, SWITCH)).events.flatMap(calls);
    expect(all).toContain('d_mmap');
    expect(all).not.toContain('fo_mmap');
    expect(all).not.toContain('pmap_pv_protect');
  });

  it('card: an eject takes nothing back; card B is reached through the old mapping', () => {
    const body = `p: open /dev/s -> fd
p: mmap fd 1p -> m
p: read m
eject s
insert s B
p: read m
expect nofault
expect violation card-present`;
    expect(failures(scn('netbsd_fo', 'device s card pager=device\nprocess p', body))).toEqual([]);
  });

  it('clone: a cloning device without a pager of its own cannot be mapped (ENODEV); with cloning=no it is the kludge', () => {
    const body = `a: open /dev/c -> fd
a: mmap fd 1p -> m`;
    const r = rows(scn('netbsd_fo', 'device c clone pager=device\nprocess a', body));
    expect(r.at(-1)?.result).toBe('ENODEV');
    const kludge = `a: open /dev/c -> fa
b: open /dev/c -> fb
b: mmap fb 1p -> m
b: read m
expect violation per-open`;
    const header = 'device c clone pager=device cloning=no\nprocess a\nprocess b';
    for (const k of ['netbsd_fo', 'netbsd'] as const) expect(failures(scn(k, header, kludge))).toEqual([]);
  });

  it('without the key, the same steps on netbsd_fo break nothing', () => {
    const body = `${SWITCH}\nexpect fault\nexpect clean`;
    expect(failures(scn('netbsd_fo', 'device tty vt screens=2\nprocess p', body))).toEqual([]);
  });
});
