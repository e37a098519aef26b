import { useEffect, useRef, useState } from 'react';

import { MAX_LINK_CHARS } from '../share/link.ts';
import { linkAddress } from '../store/effects/address.ts';
import { appStore } from '../store/store.ts';
import './share.css';

/** How long "Link copied" stays; a refusal stays until the next click. */
const COPIED_MS = 3000;

type Said = { text: string; refused: boolean } | null;

/** Copies a link to what is on screen (scenario, step, event, kernel, theme, mode), or says why not. */
export function CopyLinkButton() {
  const [said, setSaid] = useState<Said>(null);
  const clear = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (clear.current !== null) clearTimeout(clear.current);
    },
    [],
  );

  const say = (text: string, refused = false) => {
    if (clear.current !== null) clearTimeout(clear.current);
    clear.current = refused ? null : setTimeout(() => setSaid(null), COPIED_MS);
    setSaid({ text, refused });
  };

  const copy = async () => {
    setSaid(null);
    const hash = await linkAddress(appStore.getState());
    // The page's own address (path and query, `?embed=1` included) with this fragment.
    const url = hash === null ? null : new URL(`#${hash}`, location.href).href;
    if (hash === null || url === null || url.length > MAX_LINK_CHARS) {
      say(
        `This scenario is too large for a link (links hold up to ${MAX_LINK_CHARS / 1024} KB). Use Download .scn to share it as a file.`,
        true,
      );
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      say('Link copied');
    } catch {
      // No clipboard (permission, an insecure page): the address bar holds the same link.
      history.replaceState(history.state, '', `#${hash}`);
      say('The browser did not allow copying: the link is in the address bar.', true);
    }
  };

  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className={said?.refused ? 'copy-status refused' : 'copy-status'}>
        {said?.text}
      </span>
    </span>
  );
}
