/**
 * The attack search as the page runs it, with a fake worker: the request is the editor's text under the
 * kernel in use; progress and the result reach the slice; Cancel terminates the worker and says so; a
 * newer search outdates an older one; a found attack opens as a draft in walkthrough mode at its step.
 */

import { describe, expect, it } from 'vitest';

import {
  APP_MAX_STATES,
  cancelAttackSearch,
  openAttack,
  startAttackSearch,
} from '../../src/store/effects/attackSearch.ts';
import { createAppStore } from '../../src/store/store.ts';
import { END } from '../../src/store/types.ts';
import type { WorkerLike } from '../../src/worker/client.ts';
import { searchInWorker } from '../../src/worker/searchClient.ts';
import type { SearchOutcome, SearchReply, SearchRequest } from '../../src/worker/searchProtocol.ts';
import { loadedRun } from './fixtures.ts';

class FakeWorker implements WorkerLike {
  posted: SearchRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: unknown) {
    this.posted.push(message as SearchRequest);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: SearchReply) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

const figures = { depth: 2, explored: 4096, distinct: 2000, perSecond: 50_000, ms: 80 };
const found: Extract<SearchOutcome, { kind: 'found' }> = {
  kind: 'found',
  rule: 'card-present',
  kernel: 'netbsd',
  attack: 'title "attack"\nkernel netbsd\n',
  steps: 4,
  violatingStep: 9,
  figures,
};

function storeWithText(text: string) {
  const store = createAppStore();
  store.getState().openFileText(text);
  store.getState().loaded(loadedRun(3));
  store.getState().setKernelOverride('irix');
  return store;
}

describe('the attack search in the page', () => {
  it('sends the editor’s text and the kernel in use, shows progress, then the outcome; ends its worker', async () => {
    const store = storeWithText('title "mine"\n');
    const worker = new FakeWorker();
    const done = startAttackSearch(store, { depth: 5, rule: 'card-present' }, () => worker);
    expect(worker.posted).toEqual([
      { text: 'title "mine"\n', kernel: 'irix', depth: 5, rule: 'card-present', maxStates: APP_MAX_STATES },
    ]);
    expect(store.getState().attackSearch).toEqual({ phase: 'running', depth: 5, figures: null });
    worker.reply({ type: 'progress', figures });
    expect(store.getState().attackSearch).toMatchObject({ phase: 'running', figures });
    worker.reply({ type: 'result', outcome: found });
    await done;
    expect(store.getState().attackSearch).toEqual({ phase: 'done', depth: 5, outcome: found });
    expect(worker.terminated).toBe(true);
  });

  it('Cancel terminates the worker at once and keeps the last figures', async () => {
    const store = storeWithText('title "mine"\n');
    const worker = new FakeWorker();
    const done = startAttackSearch(store, { depth: 8, rule: null }, () => worker);
    worker.reply({ type: 'progress', figures });
    cancelAttackSearch();
    expect(worker.terminated).toBe(true);
    await done;
    expect(store.getState().attackSearch).toEqual({ phase: 'cancelled', depth: 8, figures });
  });

  it('closing the dialog forgets the last search: it reopens with no result from before', async () => {
    const store = storeWithText('title "mine"\n');
    const worker = new FakeWorker();
    store.getState().setAttackOpen(true);
    const done = startAttackSearch(store, { depth: 8, rule: null }, () => worker);
    cancelAttackSearch();
    store.getState().setAttackOpen(false);
    await done;
    expect(store.getState().attackSearch).toEqual({ phase: 'idle' });
  });

  it('a newer search outdates the one running: only the newer one reports', async () => {
    const store = storeWithText('title "mine"\n');
    const [old, young] = [new FakeWorker(), new FakeWorker()];
    const first = startAttackSearch(store, { depth: 8, rule: null }, () => old);
    const second = startAttackSearch(store, { depth: 3, rule: null }, () => young);
    await first;
    expect(old.terminated).toBe(true);
    expect(store.getState().attackSearch).toMatchObject({ phase: 'running', depth: 3 });
    young.reply({ type: 'result', outcome: { kind: 'none', kernel: 'irix', figures } });
    await second;
    expect(store.getState().attackSearch).toMatchObject({ phase: 'done', outcome: { kind: 'none' } });
  });

  it('a worker that cannot start is a failed search, said in words', async () => {
    const worker = new FakeWorker();
    const ac = new AbortController();
    const out = searchInWorker(
      { text: '', kernel: null, depth: 1, rule: null, maxStates: 1 },
      { signal: ac.signal, onProgress: () => {}, createWorker: () => worker },
    );
    worker.onerror?.({ message: 'script failed', preventDefault: () => {} } as ErrorEvent);
    expect(await out).toEqual({ kind: 'failed', message: 'script failed' });
  });

  it('opens a found attack as a draft in walkthrough mode at its violating step, under its own kernel', () => {
    const store = storeWithText('title "mine"\n');
    store.getState().setAttackOpen(true);
    openAttack(store, found);
    const s = store.getState();
    expect(s).toMatchObject({ mode: 'walkthrough', attackOpen: false, text: found.attack, edited: true });
    expect(s.kernelOverride).toBeNull();
    expect(s.wanted).toMatchObject({ source: { kind: 'text', text: found.attack }, kernel: null, step: 9 });
    store.getState().loaded(loadedRun(9));
    expect([store.getState().step, store.getState().eventIndex]).toEqual([9, END]);
  });
});
