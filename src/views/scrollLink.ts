import { createContext } from 'react';

/**
 * Two drawings side by side scroll together: the same scenario under two kernels is laid out alike, so
 * panning one to a process or a frame brings the other's to the same place, and the eye compares them
 * without hunting. A box that scrolls moves the others to its position. The scroll event a box gets for
 * being moved is not passed back: a smaller drawing stops short of the position, and passing its stop
 * back would pull the reader's own box away from where they took it.
 */
export class ScrollLink {
  private readonly boxes = new Set<HTMLElement>();
  /** Boxes moved by the link, whose next scroll event is that move's. */
  private readonly driven = new Set<HTMLElement>();

  /** Links `box` to the others; the returned function unlinks it. */
  attach(box: HTMLElement): () => void {
    const follow = () => {
      if (this.driven.delete(box)) return;
      for (const other of this.boxes) {
        if (other === box) continue;
        const [left, top] = [other.scrollLeft, other.scrollTop];
        other.scrollLeft = box.scrollLeft;
        other.scrollTop = box.scrollTop;
        // Only a box that moved gets the event (later, at the next frame); one at its end stays put.
        if (other.scrollLeft !== left || other.scrollTop !== top) this.driven.add(other);
      }
    };
    this.boxes.add(box);
    box.addEventListener('scroll', follow, { passive: true });
    return () => {
      box.removeEventListener('scroll', follow);
      this.boxes.delete(box);
      this.driven.delete(box);
    };
  }
}

/** The link the drawings inside a provider scroll by; none outside one. */
export const ScrollLinkContext = createContext<ScrollLink | null>(null);
