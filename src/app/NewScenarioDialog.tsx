/** "New scenario": a few starting files; the one picked opens as a draft of the user's own. */
import { TEMPLATES } from '../scenario/templates.ts';
import { appStore, useApp } from '../store/store.ts';
import type { AppState } from '../store/types.ts';
import { useModal } from './useModal.ts';
import './language.css';

const selectOpen = (s: AppState) => s.templatesOpen;

export default function NewScenarioDialog() {
  const open = useApp(selectOpen);
  const dialog = useModal(open);
  const close = () => appStore.getState().setTemplatesOpen(false);
  return (
    <dialog ref={dialog} className="language new-scenario" aria-labelledby="new-title" onClose={close}>
      <div className="lang-head">
        <h2 id="new-title">New scenario</h2>
        <form method="dialog">
          <button type="submit">Cancel</button>
        </form>
      </div>
      <div className="lang-body">
        <p>Start from one of these; it opens in the editor as your own draft, and runs as you edit.</p>
        <ul className="templates">
          {TEMPLATES.map((t) => (
            <li key={t.id}>
              <button
                type="button"
                data-template={t.id}
                onClick={() => {
                  close();
                  appStore.getState().openFileText(t.text, `${t.title}.scn`);
                }}
              >
                {t.title}
              </button>{' '}
              <span className="muted">{t.about}</span>
            </li>
          ))}
        </ul>
        <p>
          Every line, step and key is described in the{' '}
          <button
            type="button"
            className="link"
            onClick={() => {
              close();
              appStore.getState().setLanguageAt('');
            }}
          >
            language reference
          </button>
          .
        </p>
      </div>
    </dialog>
  );
}
