import { describe, expect, it } from 'vitest';

import { outcomeWords, progressAnnouncement, progressLine, searchOverWords } from './attackWords.ts';

const figures = { depth: 6, explored: 12_345, distinct: 6000, perSecond: 52_100, ms: 800 };

describe('the attack search in words', () => {
  it('says a found attack with its steps, rule and violating step', () => {
    expect(
      outcomeWords({
        kind: 'found',
        rule: 'card-present',
        kernel: 'netbsd',
        attack: '',
        steps: 5,
        violatingStep: 9,
        figures,
      }),
    ).toBe('Attack found in 5 steps: breaks card-present at step 9 under netbsd.');
  });

  it('says none within the depth with the figures, grouped for reading', () => {
    expect(outcomeWords({ kind: 'none', kernel: 'linux', figures })).toBe(
      'No attack within depth 6 under linux (12,345 states explored in 0.8 s).',
    );
  });

  it('says the bound was reached, and that it proves nothing', () => {
    const words = outcomeWords({
      kind: 'stopped',
      bound: 'states',
      kernel: 'linux',
      maxStates: 250_000,
      maxWork: 200_000_000,
      figures,
    });
    expect(words).toMatch(/bound of 250,000 states, in depth 6, before it could rule out an attack/);
    const work = outcomeWords({
      kind: 'stopped',
      bound: 'work',
      kernel: 'irix',
      maxStates: 250_000,
      maxWork: 200_000_000,
      figures,
    });
    expect(work).toMatch(
      /bound of 200,000,000 page operations \(this setup's steps are costly\), in depth 6/,
    );
  });

  it('points an invalid setup at the editor, with the first error', () => {
    const words = outcomeWords({
      kind: 'invalid',
      errors: [
        { line: 3, col: 9, message: 'expected a number.' },
        { line: 4, col: 1, message: 'x' },
      ],
    });
    expect(words).toBe(
      "The editor's text has 2 errors, marked in the editor: fix them, then search again. " +
        'The first, at line 3, column 9: expected a number.',
    );
  });

  it('progress: a line with the figures; the live region only with the depth', () => {
    expect(progressLine(8, figures)).toBe('Depth 6 of 8, 12,345 states explored, 52,100 states/s');
    expect(progressLine(8, null)).toBe('Depth 1 of 8: starting…');
    expect(progressAnnouncement(8, figures)).toBe('Searching depth 6 of 8…');
    // The same depth, more states: the same announcement, so the region stays quiet.
    expect(progressAnnouncement(8, { ...figures, explored: 99_999 })).toBe(progressAnnouncement(8, figures));
  });

  it('says a cancelled search with how far it came, and nothing while one runs', () => {
    expect(searchOverWords({ phase: 'cancelled', depth: 8, figures })).toBe(
      'Search cancelled in depth 6 of 8, after 12,345 states.',
    );
    expect(searchOverWords({ phase: 'running', depth: 8, figures })).toBeNull();
  });
});
