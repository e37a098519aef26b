import { useId, useState, type ReactNode } from 'react';

/**
 * A part of the side pane that a narrow screen lets the reader fold away, under a heading whose button
 * says (aria-expanded) whether it is open. On a wide screen the heading is hidden and the part always
 * shows (layout.css): the two columns have room for both, and each part scrolls by itself.
 */
export function Fold({ title, children }: { title: string; children: ReactNode }) {
  const [open, setOpen] = useState(true);
  const body = useId();
  return (
    <div className="fold" data-open={open ? 'true' : 'false'}>
      <h2 className="fold-head">
        <button type="button" aria-expanded={open} aria-controls={body} onClick={() => setOpen(!open)}>
          {title}
          <span className="caret" aria-hidden="true">
            ▾
          </span>
        </button>
      </h2>
      <div className="fold-body" id={body}>
        {children}
      </div>
    </div>
  );
}
