import { describe, expect, it } from 'vitest';

import { engineMove, engineWatch, type EngineWatch } from '../../src/store/effects/engineMoves.ts';
import { createAppStore } from '../../src/store/store.ts';
import { frameOf } from './fixtures.ts';

const wanted = { seq: 1, source: { kind: 'builtin' as const, id: 'vt' }, kernel: null, delay: 0 };
const idle: EngineWatch = { wanted, sealed: false, step: 2, framed: false, running: true, afterOnly: false };

describe('engineMove', () => {
  it('sends a new wanted load before anything else changed with it', () => {
    const next = { ...wanted, seq: 2 };
    expect(engineMove({ ...idle, wanted: next, step: 5 }, idle)).toEqual({ kind: 'want', wanted: next });
  });

  it('runs the wanted scenario again when predict mode seals or unseals it', () => {
    expect(engineMove({ ...idle, sealed: true }, idle)).toEqual({ kind: 'reload' });
    expect(engineMove({ ...idle, wanted: null, sealed: true }, { ...idle, wanted: null })).toBeNull();
  });

  it('asks for the frame of a new step only once a run is there, after-only at max speed', () => {
    expect(engineMove({ ...idle, step: 3, afterOnly: true }, idle)).toEqual({
      kind: 'frame',
      step: 3,
      afterOnly: true,
    });
    expect(engineMove({ ...idle, step: 3, running: false }, idle)).toBeNull();
    // A step shown with its frame (fetched ahead) needs none.
    expect(engineMove({ ...idle, step: 3, framed: true, afterOnly: true }, idle)).toBeNull();
  });

  it('asks for the whole step once max speed stops, and nothing when nothing it follows changed', () => {
    expect(engineMove(idle, { ...idle, afterOnly: true })).toEqual({
      kind: 'frame',
      step: 2,
      afterOnly: false,
    });
    expect(engineMove(idle, idle)).toBeNull();
  });

  it('reads predict mode as sealed and max-speed playing as after-only', () => {
    const s = createAppStore().getState();
    expect(engineWatch({ ...s, mode: 'predict' }).sealed).toBe(true);
    expect(engineWatch({ ...s, playing: true, speed: Infinity }).afterOnly).toBe(true);
    expect(engineWatch({ ...s, playing: true, speed: 2 }).afterOnly).toBe(false);
    expect(engineWatch({ ...s, step: 3, frame: frameOf(3) }).framed).toBe(true);
    expect(engineWatch({ ...s, step: 3, frame: frameOf(2) }).framed).toBe(false);
  });
});
