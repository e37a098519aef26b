import { describe, expect, it } from 'vitest';

import {
  connectNarration,
  narrationSnapshot,
  outcomeWords,
  type NarrationMessage,
  type NarrationPort,
} from '../../src/store/narration.ts';
import { createAppStore } from '../../src/store/store.ts';
import { EngineSession } from '../../src/worker/session.ts';
import type { Frame } from '../../src/worker/protocol.ts';
import { loadedRun } from './fixtures.ts';

function framesOf(id: string): Frame[] {
  const s = new EngineSession();
  const loaded = s.load({ id: 1, type: 'load', source: { kind: 'builtin', id }, kernel: null });
  if (loaded.type !== 'loaded') throw new Error(loaded.type);
  return Array.from({ length: loaded.result.stepCount + 1 }, (_, step) => {
    const r = s.frame({ id: 2 + step, type: 'frame', step });
    if (r.type !== 'frame') throw new Error(r.type);
    return r.frame;
  });
}

class FakePort implements NarrationPort {
  sent: NarrationMessage[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  postMessage(message: NarrationMessage): void {
    this.sent.push(message);
  }
  receive(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent);
  }
  steps(): number[] {
    return this.sent.flatMap((m) => (m.type === 'step' ? [m.snapshot.step] : []));
  }
}

describe('the story a step is told under', () => {
  it('is its own narration, else the latest one before it', () => {
    const frames = framesOf('vt-switch-linux');
    const first = frames[1]!.row!;
    expect(first.narration).toMatch(/The shell maps screen 0/);
    expect(first.story).toBe(first.narration);
    // Steps 2 and 3 have no narration of their own: they are still the shell's part of the story.
    expect(frames[3]!.row!.narration).toBeNull();
    expect(frames[3]!.row!.story).toBe(first.narration);
    expect(frames[4]!.row!.story).toMatch(/^The editor maps screen 1/);
  });
});

describe('narration snapshots', () => {
  it('say the step, its story and what it did, and the epilogue at the end', () => {
    const store = createAppStore();
    const frames = framesOf('vt-switch-linux');
    store.getState().loaded({ ...loadedRun(11), title: 'Two terminals', epilogue: 'The end.' });
    store.getState().seek(3);
    store.getState().frameArrived(frames[3]!, 1);
    expect(narrationSnapshot(store.getState())).toEqual({
      title: 'Two terminals',
      step: 3,
      stepCount: 11,
      narration: frames[1]!.row!.narration,
      text: 'shell: write scr+16 "hello"',
      outcome: 'ok · page fault · lands device ttyv p0',
      epilogue: null,
      difference: null,
      theme: 'light',
    });
    store.getState().seek(11);
    store.getState().frameArrived(frames[11]!, 1);
    expect(narrationSnapshot(store.getState()).epilogue).toBe('The end.');
  });

  it('words a signal and broken rules', () => {
    const row = framesOf('card-linux')[5]!.row!;
    expect(outcomeWords(row)).toBe('SIGBUS · page fault');
    expect(outcomeWords({ ...row, result: 'ok', signal: null, violations: ['stale-tlb'] })).toBe(
      'ok · page fault · ⚠ stale-tlb',
    );
  });
});

describe('connectNarration', () => {
  it('posts the step now and on each change, answers hello, applies moves and says bye', () => {
    const store = createAppStore();
    const frames = framesOf('first-touch');
    store.getState().loaded(loadedRun(frames.length - 1));
    store.getState().frameArrived(frames[0]!, 1);
    const port = new FakePort();
    const stop = connectNarration(store, port);
    expect(port.steps()).toEqual([0]);
    // A change that does not change what is told posts nothing.
    store.getState().toggleReducedMotion();
    expect(port.steps()).toEqual([0]);
    port.receive({ type: 'move', move: 'next' });
    expect(store.getState().step).toBe(1);
    // What is told follows the frame on screen, not the step asked for: nothing until it arrives.
    expect(port.steps()).toEqual([0]);
    store.getState().frameArrived(frames[1]!, 1);
    expect(port.steps()).toEqual([0, 1]);
    port.receive({ type: 'hello' });
    expect(port.steps()).toEqual([0, 1, 1]);
    port.receive({ type: 'move', move: 'last' });
    expect(store.getState().step).toBe(frames.length - 1);
    port.receive({ type: 'move', move: 'first' });
    expect(store.getState().step).toBe(0);
    // Whatever else arrives on the channel is ignored.
    port.receive(null);
    port.receive({ type: 'move', move: 'sideways' });
    port.receive('hello');
    expect(store.getState().step).toBe(0);
    stop();
    expect(port.sent.at(-1)).toEqual({ type: 'bye' });
    expect(port.onmessage).toBeNull();
  });
});
