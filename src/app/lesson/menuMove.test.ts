import { describe, expect, it } from 'vitest';

import { menuMove } from './menuMove.ts';

const MODES = ['Explore', 'Walkthrough', 'Predict', 'Present'];

describe('menuMove', () => {
  it('steps with the arrows and wraps around at both ends', () => {
    expect(menuMove('ArrowDown', 0, MODES)).toBe(1);
    expect(menuMove('ArrowDown', 3, MODES)).toBe(0);
    expect(menuMove('ArrowUp', 1, MODES)).toBe(0);
    expect(menuMove('ArrowUp', 0, MODES)).toBe(3);
  });

  it('goes to the ends with Home and End', () => {
    expect(menuMove('Home', 2, MODES)).toBe(0);
    expect(menuMove('End', 1, MODES)).toBe(3);
  });

  it('starts from nothing focused as the first or last item', () => {
    expect(menuMove('ArrowDown', -1, MODES)).toBe(0);
    expect(menuMove('ArrowUp', -1, MODES)).toBe(3);
  });

  it('goes to the next item starting with a typed letter, cycling among those that share it', () => {
    expect(menuMove('w', 0, MODES)).toBe(1);
    expect(menuMove('P', 0, MODES)).toBe(2);
    expect(menuMove('p', 2, MODES)).toBe(3);
    expect(menuMove('p', 3, MODES)).toBe(2);
    expect(menuMove('e', 2, MODES)).toBe(0);
  });

  it('leaves other keys alone', () => {
    expect(menuMove('x', 0, MODES)).toBeNull();
    expect(menuMove(' ', 0, MODES)).toBeNull();
    expect(menuMove('Enter', 0, MODES)).toBeNull();
    expect(menuMove('ArrowRight', 0, MODES)).toBeNull();
    expect(menuMove('ArrowDown', 0, [])).toBeNull();
  });
});
