import { describe, expect, it } from 'vitest';

import { readScenarioFile } from '../../src/app/scenarioFile.ts';
import { MAX_TEXT_BYTES } from '../../src/scenario/limits.ts';
import { createAppStore } from '../../src/store/store.ts';
import { END } from '../../src/store/types.ts';
import { frameOf, loadedRun } from './fixtures.ts';

describe('reading a scenario file', () => {
  it('returns the text of a UTF-8 file', async () => {
    const text = 'title "é"\nprocess p\n';
    expect(await readScenarioFile(new Blob([text]))).toEqual({ ok: true, text });
  });

  it('accepts a file of exactly the size limit and refuses one byte more, naming the limit', async () => {
    expect((await readScenarioFile(new Blob([new Uint8Array(MAX_TEXT_BYTES).fill(0x20)]))).ok).toBe(true);
    const read = await readScenarioFile(new Blob([new Uint8Array(MAX_TEXT_BYTES + 1)]));
    expect(read).toEqual({ ok: false, reason: expect.stringContaining('at most 4.0 MiB') as string });
  });

  it('refuses bytes that are not UTF-8', async () => {
    const read = await readScenarioFile(new Blob([Uint8Array.of(0x70, 0xff, 0xfe, 0x00)]));
    expect(read).toEqual({ ok: false, reason: 'it is not UTF-8 text' });
  });

  it('refuses a file that cannot be read', async () => {
    const broken = new Blob(['x']);
    broken.arrayBuffer = () => Promise.reject(new Error('the file was removed'));
    expect(await readScenarioFile(broken)).toEqual({
      ok: false,
      reason: 'it could not be read (the file was removed)',
    });
  });
});

describe('opening a file in the store', () => {
  function standingAt(step: number) {
    const store = createAppStore();
    store.getState().openBuiltin('first-touch', step);
    store.getState().loaded(loadedRun(8));
    store.getState().frameArrived(frameOf(step), 1);
    return store;
  }

  it('runs the text at once as the user draft, and starts it at step 0', () => {
    const store = standingAt(5);
    store.getState().play();
    store.getState().openFileText('title "mine"\n');
    const s = store.getState();
    expect(s).toMatchObject({ text: 'title "mine"\n', edited: true, builtinId: null, playing: false });
    expect(s.wanted).toMatchObject({ source: { kind: 'text', text: 'title "mine"\n' }, delay: 0, step: 0 });
    // The old run stays on screen until the new one is there.
    expect(s.step).toBe(5);
    store.getState().loaded(loadedRun(3));
    expect([store.getState().step, store.getState().eventIndex]).toEqual([0, END]);
  });

  it('an edit after it keeps the step, as edits do', () => {
    const store = standingAt(2);
    store.getState().openFileText('a');
    store.getState().loaded(loadedRun(6));
    store.getState().seek(4);
    store.getState().editText('b');
    store.getState().loaded(loadedRun(6));
    expect(store.getState().step).toBe(4);
  });

  it('a refused file changes nothing but the alert', () => {
    const store = standingAt(3);
    const before = store.getState();
    store.getState().fileRefused('big.scn', 'it is too big');
    const after = store.getState();
    expect(after.alert).toEqual({ kind: 'file-refused', name: 'big.scn', reason: 'it is too big' });
    expect({ ...after, alert: null }).toEqual({ ...before, alert: null });
  });
});
