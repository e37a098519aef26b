import { describe, expect, it } from 'vitest';

import { ScrollLink } from './scrollLink.ts';

/** A scroll box as far as the link touches one: its position, and its scroll event. */
class Box extends EventTarget {
  private left = 0;
  private top = 0;
  /** How far it can scroll: a smaller drawing stops short. */
  constructor(private readonly max = Infinity) {
    super();
  }
  get scrollLeft() {
    return this.left;
  }
  get scrollTop() {
    return this.top;
  }
  // As a browser does: a position is clamped, and changes fire one scroll event, later.
  set scrollLeft(v: number) {
    this.move(v, this.top);
  }
  set scrollTop(v: number) {
    this.move(this.left, v);
  }
  scrollTo(left: number, top: number) {
    this.move(left, top);
  }
  private queued = false;
  private move(left: number, top: number) {
    const [l, t] = [Math.min(left, this.max), Math.min(top, this.max)];
    if (l === this.left && t === this.top) return;
    [this.left, this.top] = [l, t];
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.dispatchEvent(new Event('scroll'));
    });
  }
}

const asBox = (b: Box) => b as unknown as HTMLElement;

/** Lets the queued scroll events (and the ones they cause) fire. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('two drawings scrolling together', () => {
  it('moves the other box to where one was scrolled, and stops when unlinked', async () => {
    const link = new ScrollLink();
    const [a, b] = [new Box(), new Box()];
    link.attach(asBox(a));
    const detach = link.attach(asBox(b));
    a.scrollTo(120, 40);
    await settle();
    expect([b.scrollLeft, b.scrollTop]).toEqual([120, 40]);
    b.scrollTo(10, 5);
    await settle();
    expect([a.scrollLeft, a.scrollTop]).toEqual([10, 5]);
    detach();
    a.scrollTo(300, 0);
    await settle();
    expect(b.scrollLeft).toBe(10);
  });

  it('never pulls the reader’s box back to where a smaller drawing had to stop', async () => {
    const link = new ScrollLink();
    const [big, small] = [new Box(), new Box(100)];
    link.attach(asBox(big));
    link.attach(asBox(small));
    big.scrollTo(250, 0);
    await settle();
    expect(small.scrollLeft).toBe(100);
    expect(big.scrollLeft).toBe(250);
    // At its end already, the small one is not moved, and its own next scroll still leads.
    big.scrollTo(300, 0);
    await settle();
    small.scrollTo(20, 0);
    await settle();
    expect(big.scrollLeft).toBe(20);
  });
});
