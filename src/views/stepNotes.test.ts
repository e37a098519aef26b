import { describe, expect, it } from 'vitest';

import { parseScenario } from '../scenario/index.ts';
import { stepTexts } from '../scenario/describe.ts';
import { findBuiltin } from '../scenario/library/index.ts';
import { boot, runStep } from '../sim/index.ts';
import { picture } from '../sim/picture.ts';
import { drawingWords } from './drawingWords.ts';
import { stepNotes, type NotesInput } from './stepNotes.ts';

/** The notes input of step `n` of a built-in, all of its events shown (or `shown` of them). */
function input(id: string, n: number, shown?: number): NotesInput {
  const text = findBuiltin(id)!.text;
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error(id);
  const texts = stepTexts(
    text,
    parsed.scenario.steps.map((st) => ({ line: st.pos.line, actor: st.kind === 'proc' ? st.proc : null })),
  );
  const s = boot(parsed.scenario);
  let last: NotesInput | null = null;
  for (let i = 0; i < n; i++) {
    const before = picture(s);
    const { outcome, events } = runStep(s);
    last = {
      row: { ...outcome, text: texts[i]! },
      events,
      shown: shown ?? events.length,
      before,
      now: picture(s),
    };
  }
  return last!;
}

describe('what a step says on the drawing', () => {
  it('a read says its value and its path at the process', () => {
    const notes = stepNotes(input('card-linux', 3));
    expect(notes.bands.get('cam')).toMatchObject({
      tone: 'ok',
      badge: null,
      head: 'write win "photo1" → ok',
    });
    expect(notes.bands.get('cam')!.why).toBe('page fault, lands in device slot page 0');
  });

  it('a signal stands at its process with why, as soon as it is delivered', () => {
    const step = input('card-linux', 5);
    const at = step.events.findIndex((e) => e.t === 'signal') + 1;
    expect(stepNotes({ ...step, shown: at - 1 }).bands.size).toBe(0);
    const note = stepNotes({ ...step, shown: at }).bands.get('cam')!;
    expect(note).toMatchObject({ tone: 'signal', badge: 'SIGBUS', head: 'read win' });
    expect(note.why).not.toBe('');
  });

  it('a refused call says its errno at the process, with the kernel’s reason', () => {
    const step = input('card-linux', 6);
    const note = stepNotes(step).bands.get('cam')!;
    expect(note).toMatchObject({ tone: 'bad', badge: 'ENXIO', head: 'mmap refused' });
    expect(note.why).toBe(step.row!.why);
    expect(note.why).toMatch(/slot/);
  });

  it('a switch keeps its zapped PTEs as ghosts and says its copies at the device', () => {
    const step = input('vt-switch-linux', 7);
    const notes = stepNotes(step);
    const zaps = step.events.filter((e) => e.t === 'pte-zap');
    expect(notes.ghosts.map((g) => g.proc)).toEqual(zaps.map((z) => (z.t === 'pte-zap' ? z.proc : '')));
    expect(notes.ghosts.every((g) => !g.fresh || g === notes.ghosts.at(-1))).toBe(true);
    const ttyv = notes.devices.get('ttyv')!;
    expect(ttyv.head).toBe('switch ttyv 1 → ok');
    expect(ttyv.lines).toEqual(['saved fb → store 0', 'loaded store 1 → fb', 'zapped 2 PTEs: shell, editor']);
  });

  it('a zap is a ghost from its event on, and fresh only while it is the event on screen', () => {
    const step = input('vt-switch-linux', 7);
    const first = step.events.findIndex((e) => e.t === 'pte-zap') + 1;
    expect(stepNotes({ ...step, shown: first - 1 }).ghosts).toEqual([]);
    expect(stepNotes({ ...step, shown: first }).ghosts).toMatchObject([{ proc: 'shell', fresh: true }]);
    expect(stepNotes({ ...step, shown: first + 1 }).ghosts[0]!.fresh).toBe(false);
  });

  it('a refused unload says its errno at the device, and a change of use count says what it was', () => {
    const unload = input('kbuf-vmalloc', 8);
    const refused = stepNotes(unload).devices.get('buf')!;
    expect(refused).toMatchObject({ tone: 'bad', badge: 'EWOULDBLOCK', head: 'unload refused' });
    expect(refused.lines).toEqual([unload.row!.why]);
    const munmap = input('kbuf-vmalloc', 9);
    const was = munmap.before.devices[0]!.users;
    expect(munmap.now.devices[0]!.users).toBeLessThan(was);
    expect(stepNotes(munmap).devices.get('buf')).toMatchObject({ head: '', usersBefore: was });
  });

  it('the drawing’s words say what changed and what the machine holds', () => {
    const step = input('vt-switch-linux', 7);
    const words = drawingWords(7, step.now, stepNotes(step));
    expect(words).toContain('Step 7.');
    expect(words).toContain('ttyv: switch ttyv 1 → ok; saved fb → store 0');
    expect(words).toContain('Zapped: shell page 10000 (was frame 524288), editor page 10000 (was frame 1).');
    expect(words).toContain('ttyv: screen 1 of 2 in front');
    expect(words).toContain('No isolation violation.');
  });
});
