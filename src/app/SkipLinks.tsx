import type { MouseEvent } from 'react';

/** The parts a keyboard user can jump to past the top bar: an element id and the link's words. */
export interface SkipTarget {
  id: string;
  label: string;
}

/**
 * Skip links, the page's first focusable elements, shown only when focused. The page's address lives in
 * the hash (`#example=...`), so a link must not change it: the click moves focus itself and cancels the
 * navigation; the href stays for what a link says to assistive technology.
 */
export function SkipLinks({ targets }: { targets: readonly SkipTarget[] }) {
  const go = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    e.preventDefault();
    document.getElementById(id)?.focus();
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {targets.map((t) => (
        <a key={t.id} className="skip-link" href={`#${t.id}`} onClick={(e) => go(e, t.id)}>
          {t.label}
        </a>
      ))}
    </nav>
  );
}
