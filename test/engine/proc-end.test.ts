/** How a process ended is part of the picture: the page tells "killed by SIGBUS" from "exited". */

import { describe, expect, it } from 'vitest';
import { boot } from '../../src/sim/boot.ts';
import { runStep } from '../../src/sim/engine.ts';
import { picture } from '../../src/sim/picture.ts';
import { replay } from '../../src/sim/replay.ts';
import { parse } from '../helpers.ts';

const TEXT = `machine ram=32
device slot card pages=2 card=A
process cam nohandler
process tool
cam: open /dev/slot -> fd
cam: mmap fd 2p -> win
cam: write win "x"
eject slot
cam: read win
tool: exit
`;

describe('how a process ended', () => {
  it('is null while it runs, the signal that killed it, or exit, and replay agrees at every step', () => {
    const s = parse(TEXT);
    const state = boot(s, 'linux');
    let before = picture(state);
    const ends: string[] = [];
    while (state.step < s.steps.length) {
      const { events } = runStep(state);
      const after = picture(state);
      expect(replay(before, events, events.length)).toEqual(after);
      ends.push(after.procs.map((p) => `${p.name}:${p.alive ? 'alive' : 'dead'}:${p.end}`).join(' '));
      before = after;
    }
    expect(ends.at(3)).toBe('cam:alive:null tool:alive:null');
    expect(ends.at(4)).toBe('cam:dead:SIGBUS tool:alive:null');
    expect(ends.at(5)).toBe('cam:dead:SIGBUS tool:dead:exit');
  });
});
