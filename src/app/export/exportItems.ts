/**
 * What the Export menus save: slides of the step on screen, the bare drawing for people who edit it, the
 * trace and the scenario. Each item saves its file and says the name it saved under.
 */

import { appStore } from '../../store/store.ts';
import { SLIDE_SIZES, type SlideSize } from '../../views/slide.ts';
import { standaloneSvg } from '../../views/svgExport.ts';
import { download } from './download.ts';
import { fileStem, pictureStem } from './fileNames.ts';
import { slideFile } from './slideExport.ts';

export interface ExportItem {
  label: string;
  /** For an error: "Could not save the slide: …". */
  what: string;
  /** Needs a good run (a drawing, a trace); the scenario's text saves without one. */
  needsRun: boolean;
  /** Saves the file; resolves to its name. */
  save(): Promise<string>;
}

/** The drawings on screen (one, or two side by side), in the page's order. */
function figures(): Element[] {
  const found = [...document.querySelectorAll('figure.machine[data-step]')];
  if (found.length === 0) throw new Error('nothing is drawn yet');
  return found;
}

/**
 * The drawings once they are whole: at max speed (and for a few frames after) a drawing leaves out the rows
 * out of sight and the words of pages and PTEs (`data-partial`); a picture is saved with all of them. Waits
 * a few frames at most, so an export while max speed goes on saves the drawing as it stands.
 */
async function wholeFigures(): Promise<Element[]> {
  for (let frames = 0; frames < 60 && figures().some((f) => f.hasAttribute('data-partial')); frames++) {
    await new Promise((done) => requestAnimationFrame(done));
  }
  return figures();
}

function saved(blob: Blob, name: string): string {
  download(blob, name);
  return name;
}

function slideItem(size: SlideSize, format: 'svg' | 'png'): ExportItem {
  return {
    label: `Slide ${format.toUpperCase()} ${size.width}×${size.height}`,
    what: 'the slide',
    needsRun: true,
    save: async () => {
      const file = await slideFile(appStore.getState(), await wholeFigures(), size, format);
      return saved(file.blob, file.name);
    },
  };
}

const drawingSvg: ExportItem = {
  label: 'Drawing SVG',
  what: 'the drawing',
  needsRun: true,
  save: async () => {
    // Side by side, the main run's drawing: the compared one is a kernel switch away.
    const [figure] = await wholeFigures();
    const svg = standaloneSvg(figure!);
    const s = appStore.getState();
    return saved(
      new Blob([svg.text], { type: 'image/svg+xml' }),
      `${pictureStem(fileStem(s), s.frame?.step ?? s.step)}.svg`,
    );
  },
};

const trace: ExportItem = {
  label: 'Download trace (JSON lines)',
  what: 'the trace',
  needsRun: true,
  save: async () => {
    const s = appStore.getState();
    const t = await s.requestTrace();
    // Named after the kernel too: the same scenario gives a different trace on another kernel.
    return saved(new Blob([t.jsonl], { type: 'application/jsonl' }), `${fileStem(s)}-${t.kernel}.jsonl`);
  },
};

const scenario: ExportItem = {
  label: 'Download .scn',
  what: 'the scenario',
  needsRun: false,
  // The text as it stands in the editor, even mid-edit: it is the user's work, errors and all.
  save: async () => {
    const s = appStore.getState();
    return saved(new Blob([s.text], { type: 'text/plain' }), `${fileStem(s)}.scn`);
  },
};

/** The slides, PNG first (what goes in a deck), the large size first. */
export const SLIDE_ITEMS: readonly ExportItem[] = (['png', 'svg'] as const).flatMap((format) =>
  SLIDE_SIZES.map((size) => slideItem(size, format)),
);

/** The top bar's menu: slides, then the files for people who edit or analyse. */
export const ALL_ITEMS: readonly ExportItem[] = [...SLIDE_ITEMS, drawingSvg, trace, scenario];
