import { useEffect, useRef, useState } from 'react';

import { announcementOf, selectRun, selectSettledStep, SETTLE_MS } from '../store/announce.ts';
import { appStore, useApp } from '../store/store.ts';

/**
 * The page's one polite live region (visually hidden): when the page settles on a step, it says that
 * step once (`stepAnnouncement`). While playback runs it is quiet, and it says the step playback stops
 * at. The first step a run settles on is where the page opened, or where it was when the scenario or the
 * kernel changed: the page says that itself, so it is not repeated here.
 */
export function StepAnnouncer() {
  const step = useApp(selectSettledStep);
  const run = useApp(selectRun);
  const heardRun = useRef(0);
  const [said, setSaid] = useState<{ text: string; n: number } | null>(null);

  useEffect(() => {
    if (step === null) return;
    if (heardRun.current !== run) {
      heardRun.current = run;
      return;
    }
    const timer = setTimeout(() => {
      const text = announcementOf(appStore.getState());
      if (text !== null) setSaid((s) => ({ text, n: (s?.n ?? 0) + 1 }));
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [step, run]);

  return (
    <div className="sr-only" aria-live="polite" data-announcer="">
      {/* A new node each time, so the same words said again (back to the same step) are heard again. */}
      {said && <p key={said.n}>{said.text}</p>}
    </div>
  );
}
