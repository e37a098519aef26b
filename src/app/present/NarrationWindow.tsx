import { useEffect, useState } from 'react';

import {
  NARRATION_CHANNEL,
  type NarrationMessage,
  type NarrationMove,
  type NarrationSnapshot,
} from '../../store/narration.ts';
import { NarrationBlock } from '../NarrationBlock.tsx';

/** The keys a clicker or a person sends here: they move the presenter's window, which this one follows. */
const MOVES: Record<string, NarrationMove> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ' ': 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  Home: 'first',
  End: 'last',
};

type Link = { kind: 'waiting' } | { kind: 'following'; snapshot: NarrationSnapshot } | { kind: 'closed' };

/**
 * The narration window: no engine and no drawing, only the presenter's step told large, for a second
 * screen. It follows the presenter's window over a BroadcastChannel; its keys drive that window.
 */
export function NarrationWindow() {
  const [link, setLink] = useState<Link>({ kind: 'waiting' });

  useEffect(() => {
    const channel = new BroadcastChannel(NARRATION_CHANNEL);
    const send = (message: NarrationMessage) => channel.postMessage(message);
    channel.onmessage = (event: MessageEvent) => {
      const message = event.data as Partial<NarrationMessage> | null;
      if (message?.type === 'step' && message.snapshot)
        setLink({ kind: 'following', snapshot: message.snapshot });
      else if (message?.type === 'bye') setLink({ kind: 'closed' });
    };
    send({ type: 'hello' });
    const onKey = (e: KeyboardEvent) => {
      const move = MOVES[e.key];
      if (!move || e.ctrlKey || e.altKey || e.metaKey) return;
      e.preventDefault();
      send({ type: 'move', move });
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      channel.close();
    };
  }, []);

  const snapshot = link.kind === 'following' ? link.snapshot : null;
  useEffect(() => {
    if (snapshot) document.documentElement.dataset.theme = snapshot.theme;
    document.title = snapshot?.title ? `Narration · ${snapshot.title}` : 'Narration · pagerlab';
  }, [snapshot]);

  return (
    <main className="narration-window" aria-label="Narration" data-link={link.kind}>
      {snapshot ? (
        <>
          <p className="narration-position">
            {snapshot.title} · step {snapshot.step} of {snapshot.stepCount}
          </p>
          <NarrationBlock snapshot={snapshot} withDifference />
          <p className="muted narration-hint">
            PageDown and PageUp here move the presenter&apos;s window too.
          </p>
        </>
      ) : (
        <p className="narration-lead">
          {link.kind === 'closed'
            ? 'The presenter view was closed. Open it again to go on.'
            : 'Waiting for the presenter view… open a scenario with mode=present in another window.'}
        </p>
      )}
    </main>
  );
}
