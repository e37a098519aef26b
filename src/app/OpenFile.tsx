import { useEffect, useRef, useState } from 'react';

import { appStore } from '../store/store.ts';
import { openScenarioFile } from './scenarioFile.ts';
import './openFile.css';

function carriesFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * A dropped file anywhere on the page opens, as the button does. Listening in the capture phase on the
 * window keeps CodeMirror from inserting the dropped file's text into the current scenario instead.
 */
function useFileDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setOver(true);
    };
    // relatedTarget is null only when the drag leaves the window itself.
    const onDragLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      e.stopPropagation();
      void openScenarioFile(appStore, file);
    };
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('dragleave', onDragLeave, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('dragleave', onDragLeave, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, []);
  return over;
}

/** "Open scenario file": a button for a hidden file input, and the page as a drop target. */
export function OpenFile() {
  const input = useRef<HTMLInputElement>(null);
  const dropping = useFileDrop();
  useEffect(() => {
    document.documentElement.toggleAttribute('data-file-over', dropping);
  }, [dropping]);
  return (
    <>
      <button
        type="button"
        title="Open a .scn file (or drop one on the page)"
        onClick={() => input.current?.click()}
      >
        Open scenario file
      </button>
      <input
        ref={input}
        type="file"
        accept=".scn,text/plain"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so picking the same file again still reports a change.
          e.target.value = '';
          if (file) void openScenarioFile(appStore, file);
        }}
      />
    </>
  );
}
