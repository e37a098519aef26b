import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { appStore, useApp } from '../store/store.ts';
import type { AppState } from '../store/types.ts';
import { pngFromSvg, standaloneSvg } from '../views/svgExport.ts';
import { download } from './download.ts';
import './export.css';
import { fileStem } from './fileNames.ts';

const selectReady = (s: AppState) => ({ run: s.runSeq > 0, text: s.text !== '' });

/** The drawing on screen (MachineView's figure); null while nothing is drawn. */
function drawing(): Element {
  const figure = document.querySelector('figure.machine[data-step]');
  if (!figure) throw new Error('nothing is drawn yet');
  return figure;
}

/**
 * The drawing once it is whole: at max speed (and for a few frames after) it leaves out the rows out
 * of sight and the words of pages and PTEs (`data-partial`); a picture is saved with all of them. Waits
 * a few frames at most, so an export while max speed goes on saves the drawing as it stands.
 */
async function wholeDrawing(): Promise<Element> {
  for (let frames = 0; frames < 60 && drawing().hasAttribute('data-partial'); frames++) {
    await new Promise((done) => requestAnimationFrame(done));
  }
  return drawing();
}

/** "first-touch-step-3": the drawing's file name says which moment it shows. */
function pictureStem(s: AppState): string {
  return `${fileStem(s)}-step-${s.frame?.step ?? s.step}`;
}

async function saveSvg(): Promise<void> {
  const svg = standaloneSvg(await wholeDrawing());
  download(new Blob([svg.text], { type: 'image/svg+xml' }), `${pictureStem(appStore.getState())}.svg`);
}

async function savePng(): Promise<void> {
  const png = await pngFromSvg(standaloneSvg(await wholeDrawing()));
  download(png, `${pictureStem(appStore.getState())}.png`);
}

async function saveTrace(): Promise<void> {
  const s = appStore.getState();
  const trace = await s.requestTrace();
  // Named after the kernel too: the same scenario gives a different trace on another kernel.
  download(new Blob([trace.jsonl], { type: 'application/jsonl' }), `${fileStem(s)}-${trace.kernel}.jsonl`);
}

async function saveScenario(): Promise<void> {
  const s = appStore.getState();
  // The text as it stands in the editor, even mid-edit: it is the user's work, errors and all.
  download(new Blob([s.text], { type: 'text/plain' }), `${fileStem(s)}.scn`);
}

const ITEMS = [
  { label: 'Download SVG', what: 'the SVG picture', save: saveSvg, needsRun: true },
  { label: 'Download PNG', what: 'the PNG picture', save: savePng, needsRun: true },
  { label: 'Download trace (JSON lines)', what: 'the trace', save: saveTrace, needsRun: true },
  { label: 'Download .scn', what: 'the scenario', save: saveScenario, needsRun: false },
] as const;

/** The top bar's Export menu: the drawing as SVG or PNG, the trace as JSON lines, the scenario as `.scn`. */
export function ExportMenu() {
  const ready = useApp(useShallow(selectReady));
  const menu = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // A menu closes when the reader goes elsewhere, as a native one would.
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (menu.current && !menu.current.contains(e.target as Node)) menu.current.open = false;
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const choose = async (item: (typeof ITEMS)[number]) => {
    setBusy(true);
    setError(null);
    try {
      await item.save();
      if (menu.current) menu.current.open = false;
    } catch (err) {
      setError(`Could not save ${item.what}: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details
      ref={menu}
      className="export-menu"
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
        if (!e.currentTarget.open) setError(null);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !menu.current?.open) return;
        e.preventDefault();
        menu.current.open = false;
        menu.current.querySelector('summary')?.focus();
      }}
    >
      <summary>Export</summary>
      <div className="export-panel" role="group" aria-label="Export" aria-busy={busy}>
        {ITEMS.map((item) => (
          <button
            key={item.label}
            type="button"
            disabled={busy || !(item.needsRun ? ready.run : ready.text)}
            onClick={() => void choose(item)}
          >
            {item.label}
          </button>
        ))}
        {error !== null && (
          <p role="alert" className="export-error">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
