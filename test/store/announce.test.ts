import { describe, expect, it } from 'vitest';

import { announcementOf, selectSettledStep } from '../../src/store/announce.ts';
import { compareTables } from '../../src/store/differences.ts';
import { createAppStore } from '../../src/store/store.ts';
import type { KernelName } from '../../src/sim/spec.ts';
import { EngineSession } from '../../src/worker/session.ts';
import type { Frame, OutcomeTable } from '../../src/worker/protocol.ts';
import { frameOf, loadedRun } from './fixtures.ts';

function frameAt(id: string, step: number): Frame {
  const s = new EngineSession();
  s.load({ id: 1, type: 'load', source: { kind: 'builtin', id }, kernel: null });
  const r = s.frame({ id: 2, type: 'frame', step });
  if (r.type !== 'frame') throw new Error(r.type);
  return r.frame;
}

function table(id: string, kernel: KernelName): OutcomeTable {
  const r = new EngineSession().outcomes({
    id: 1,
    type: 'outcomes',
    source: { kind: 'builtin', id },
    kernel,
  });
  if (r.type !== 'outcomes') throw new Error(r.type);
  return r.table;
}

describe('the step the page has settled on', () => {
  it('is the step whose frame is on screen while playback is stopped', () => {
    const store = createAppStore();
    expect(selectSettledStep(store.getState())).toBeNull();
    store.getState().loaded(loadedRun(5));
    store.getState().seek(2);
    // The frame is on its way: not yet.
    expect(selectSettledStep(store.getState())).toBeNull();
    store.getState().frameArrived(frameOf(2), 1);
    expect(selectSettledStep(store.getState())).toBe(2);
    store.getState().play();
    expect(selectSettledStep(store.getState())).toBeNull();
    store.getState().pause();
    expect(selectSettledStep(store.getState())).toBe(2);
  });
});

describe('announcementOf', () => {
  it('says step 0, and a step from its frame', () => {
    const store = createAppStore();
    expect(announcementOf(store.getState())).toBeNull();
    store.getState().loaded(loadedRun(16));
    store.getState().frameArrived(frameAt('card-linux', 0), 1);
    expect(announcementOf(store.getState())).toMatch(/^Step 0: /);
    store.getState().seek(6);
    store.getState().frameArrived(frameAt('card-linux', 6), 1);
    expect(announcementOf(store.getState())).toBe(
      'Step 6: cam: mmap fd 1p -> none_yet → ENXIO: slot (card driver) refuses in f_op->mmap: no card is in slot',
    );
  });

  it('side by side, adds how the two kernels differ at the step', () => {
    const store = createAppStore();
    store.getState().loaded(loadedRun(11));
    store.getState().seek(8);
    store.getState().frameArrived(frameAt('vt-switch-linux', 8), 1);
    store.setState({
      comparedKernels: { a: 'linux', b: 'netbsd' },
      comparison: compareTables(table('vt-switch-linux', 'linux'), table('vt-switch-linux', 'netbsd')),
    });
    const said = announcementOf(store.getState()) ?? '';
    expect(said).toMatch(
      /^Step 8: shell: read scr\+16 → ok, page fault, lands RAM frame 0, read "hello"\. On linux/,
    );
  });
});
