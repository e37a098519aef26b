import { useId, useRef, useState, type ReactNode } from 'react';

/**
 * The top bar's secondary controls. On a wide screen they stand in the bar with the rest (the group is
 * `display: contents` and the button is hidden, topBar.css); below 800 px the "More" button discloses
 * them as a row of their own, so the scenario picker and the mode keep their place on a phone. One set of
 * controls either way: nothing is rendered twice, no state is kept in two places.
 */
export function MoreControls({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const group = useId();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        type="button"
        ref={button}
        className="more-toggle"
        aria-expanded={open}
        aria-controls={group}
        onClick={() => setOpen(!open)}
      >
        More
        <span className="caret" aria-hidden="true">
          {' '}
          ▾
        </span>
      </button>
      <div
        className="top-more"
        id={group}
        data-open={open ? 'true' : 'false'}
        onKeyDown={(e) => {
          // Escape folds the row away when it is one (the button shows); a menu inside closes first.
          if (e.key !== 'Escape' || e.defaultPrevented || !open || !button.current?.checkVisibility()) return;
          e.preventDefault();
          setOpen(false);
          button.current.focus();
        }}
      >
        {children}
      </div>
    </>
  );
}
