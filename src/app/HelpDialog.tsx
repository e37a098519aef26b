import { appStore, useApp } from '../store/store.ts';
import type { AppState } from '../store/types.ts';
import { ZOOM_KEYS } from '../views/zoom.ts';
import { KEYS, PRESENTER_KEYS } from './keys.ts';
import { useModal } from './useModal.ts';

const selectHelpOpen = (s: AppState) => s.helpOpen;

/** Keys and what each does, as a description list. */
function KeyTable({ keys }: { keys: ReadonlyArray<{ label: string; does: string }> }) {
  return (
    <dl>
      {keys.map((k) => (
        <div key={k.label}>
          <dt>
            <kbd>{k.label}</kbd>
          </dt>
          <dd>{k.does}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The keys, in a modal dialog (Escape closes it, as any dialog). */
export function HelpDialog() {
  const open = useApp(selectHelpOpen);
  const dialog = useModal(open);

  return (
    <dialog
      ref={dialog}
      className="help"
      aria-labelledby="help-title"
      onClose={() => appStore.getState().setHelpOpen(false)}
    >
      <h2 id="help-title">Keyboard</h2>
      <p>
        Writing a scenario? Every line, step and key is in the{' '}
        <button
          type="button"
          className="link"
          onClick={() => {
            appStore.getState().setHelpOpen(false);
            appStore.getState().setLanguageAt('');
          }}
        >
          language reference
        </button>
        ; in the editor, Ctrl+Space offers what may come next.
      </p>
      <p>These keys work anywhere on the page except in the editor and form fields.</p>
      <KeyTable keys={[...KEYS, { label: 'Esc', does: 'Close this help' }]} />
      <h3>In the drawing</h3>
      <p>
        When the drawing&apos;s area has focus (click it or Tab to it); Ctrl with the wheel, or two fingers,
        zoom where they are, and dragging pans.
      </p>
      <KeyTable keys={ZOOM_KEYS} />
      <h3>In the presenter view</h3>
      <p>The playback keys above, and:</p>
      <KeyTable keys={PRESENTER_KEYS} />
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
