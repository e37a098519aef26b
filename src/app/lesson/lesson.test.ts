import { describe, expect, it } from 'vitest';

import { LIBRARY } from '../../scenario/library/index.ts';
import { COURSE, lessonAfter } from './course.ts';
import { scoreOf, scoreWords } from './score.ts';
import { chapterAt, headline } from './story.ts';

describe('the course', () => {
  it('lists every built-in exactly once, starting with the first touch', () => {
    const ids = COURSE.flatMap((p) => p.lessons.map((l) => l.id));
    expect([...ids].sort()).toEqual(LIBRARY.map((b) => b.id).sort());
    expect(ids[0]).toBe('first-touch');
  });

  it('leads from each lesson to the next, across parts; after the last to none; not from a scenario of one’s own', () => {
    expect(lessonAfter('first-touch')).toBe('mprotect');
    // mprotect ends the first part; the second part begins with the terminals.
    expect(lessonAfter('mprotect')).toBe('vt-switch-linux');
    expect(lessonAfter('card-linux')).toBe('card-netbsd');
    expect(lessonAfter('irix-regs')).toBe('vt-switch-freebsd');
    expect(lessonAfter('pager-remembers-freebsd')).toBeNull();
    expect(lessonAfter(null)).toBeUndefined();
    expect(lessonAfter('no-such-lesson')).toBeUndefined();
  });
});

describe('the walkthrough story', () => {
  const chapters = [
    { step: 1, text: 'One.' },
    { step: 4, text: 'Four.' },
  ];

  it('puts a step in the last chapter that starts at or before it', () => {
    expect(chapterAt(chapters, 0)).toBeNull();
    expect(chapterAt(chapters, 1)?.step).toBe(1);
    expect(chapterAt(chapters, 3)?.step).toBe(1);
    expect(chapterAt(chapters, 9)?.step).toBe(4);
  });

  it('heads a chapter with its first sentence, not cut inside a file name', () => {
    expect(headline('The vt driver is lazy. mmap hands the VMA over.')).toBe('The vt driver is lazy.');
    expect(headline('See mm/memory.c first. Then more.')).toBe('See mm/memory.c first.');
    expect(headline('x'.repeat(200))).toHaveLength(90);
  });
});

describe('the score', () => {
  it('counts every verdict of every answered step', () => {
    const verdict = (correct: boolean) => ({ chosen: 0, right: [0], correct, truth: '' });
    const quiz = { step: 1, actor: null, text: '', questions: [] };
    const answered = {
      2: { quiz, grade: { step: 2, verdicts: [verdict(true)] } },
      5: { quiz, grade: { step: 5, verdicts: [verdict(false), verdict(true), verdict(true)] } },
    };
    expect(scoreOf(answered)).toEqual({ right: 3, asked: 4 });
    expect(scoreWords(scoreOf(answered))).toBe('3 of 4 right (75%)');
    expect(scoreWords(scoreOf({}))).toBe('no answers yet');
  });
});
