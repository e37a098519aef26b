import { describe, expect, it } from 'vitest';

import { FONT } from './metrics.ts';
import {
  anchoredScroll,
  arrangeTwo,
  EXPLORE,
  fitScale,
  followScroll,
  MAX_SCALE,
  PRESENTER,
  shownScale,
  SIDE_BY_SIDE,
  STEP,
  zoomBy,
  zoomKey,
} from './zoom.ts';

describe('the fit', () => {
  it('fills the pane in both directions and grows past the drawing’s own size when there is room', () => {
    expect(fitScale({ width: 1600, height: 900 }, { width: 800, height: 300 }, EXPLORE)).toBe(2);
    expect(fitScale({ width: 1600, height: 600 }, { width: 800, height: 300 }, EXPLORE)).toBe(2);
    expect(fitScale({ width: 1600, height: 450 }, { width: 800, height: 300 }, EXPLORE)).toBe(1.5);
  });

  it('never makes text smaller than the place asks: the drawing scrolls instead', () => {
    const tiny = { width: 300, height: 200 };
    const drawing = { width: 900, height: 400 };
    expect(fitScale(tiny, drawing, EXPLORE) * FONT).toBeCloseTo(14);
    expect(fitScale(tiny, drawing, SIDE_BY_SIDE) * FONT).toBeCloseTo(12);
    expect(fitScale(tiny, drawing, PRESENTER) * FONT).toBeCloseTo(20);
  });

  it('stops growing at the place’s largest zoom', () => {
    expect(fitScale({ width: 10_000, height: 10_000 }, { width: 100, height: 100 }, EXPLORE)).toBe(
      EXPLORE.maxScale,
    );
  });

  it('is 1 while there is nothing to measure yet', () => {
    expect(fitScale({ width: 0, height: 0 }, { width: 800, height: 300 }, EXPLORE)).toBe(1);
  });
});

describe('the reader’s zoom', () => {
  it('multiplies the fit by a press, within the absolute bounds', () => {
    expect(shownScale(1.2, zoomBy(1.2, 1, STEP))).toBeCloseTo(1.5);
    expect(shownScale(2, zoomBy(2, 3.9, STEP))).toBe(MAX_SCALE);
  });

  it('keeps the point under the pointer where it was', () => {
    const anchor = { x: 100, y: 50 };
    const scroll = anchoredScroll(anchor, { left: 200, top: 0 }, 1, 2);
    // The drawing point under the pointer was (300, 50); at twice the size it is (600, 100).
    expect(scroll).toEqual({ left: 500, top: 50 });
    expect(anchoredScroll(anchor, { left: 0, top: 0 }, 2, 1)).toEqual({ left: 0, top: 0 });
  });
});

describe('two machines', () => {
  const drawing = { width: 850, height: 300 };
  it('sit side by side on a wide screen and stack on a narrow or tall one, whichever is larger', () => {
    expect(arrangeTwo({ width: 2400, height: 500 }, drawing, drawing)).toBe('side');
    expect(arrangeTwo({ width: 950, height: 560 }, drawing, drawing)).toBe('stacked');
    expect(arrangeTwo({ width: 390, height: 700 }, drawing, drawing)).toBe('stacked');
  });
});

describe('following the event', () => {
  const view = { left: 0, top: 0, width: 400, height: 300 };
  it('leaves a view alone that shows the target already', () => {
    expect(followScroll(view, { x: 10, y: 10, width: 50, height: 20 }, 1)).toBeNull();
  });

  it('scrolls the least that shows a target past the right or bottom edge, with a margin', () => {
    expect(followScroll(view, { x: 500, y: 10, width: 40, height: 20 }, 1)).toEqual({ left: 164, top: 0 });
    expect(followScroll(view, { x: 10, y: 400, width: 20, height: 20 }, 2)).toEqual({ left: 0, top: 564 });
  });

  it('scrolls back to a target above or left of the view', () => {
    const away = { ...view, left: 600, top: 500 };
    expect(followScroll(away, { x: 100, y: 100, width: 10, height: 10 }, 1)).toEqual({ left: 76, top: 76 });
  });
});

describe('the drawing’s keys', () => {
  it('zoom in, out and back to the fit, and leave every other key alone', () => {
    const press = (key: string, ctrlKey = false) => zoomKey({ key, ctrlKey, altKey: false, metaKey: false });
    expect([press('+'), press('='), press('-'), press('0')]).toEqual(['in', 'in', 'out', 'fit']);
    expect(press('ArrowRight')).toBeNull();
    // Ctrl with + or − is the browser's own page zoom.
    expect(press('+', true)).toBeNull();
  });
});
