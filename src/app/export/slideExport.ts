/**
 * The slide of the step on screen as a file: gathers what the composition needs from the page (each
 * machine's drawing, found by `svg[data-drawing]` in its figure, and the theme's colours as the page
 * computes them) and from the store (the frames, the title), then composes (slide.ts) and draws
 * (slideSvg.ts) it.
 */

import { shownPicture } from '../../store/selectors.ts';
import type { AppState } from '../../store/types.ts';
import { composeSlide, type SlideSize, type SlideTheme } from '../../views/slide.ts';
import { slideLegend } from '../../views/slideLegend.ts';
import { slideSvg } from '../../views/slideSvg.ts';
import { pngFromSvg, standaloneDrawing } from '../../views/svgExport.ts';
import { fileStem, slideStem } from './fileNames.ts';
import { slideWords, type SlideSide } from './slideWords.ts';

/** The page's monospace (app.css): the kernel's API names and the step as written. */
const MONO = "ui-monospace, 'DejaVu Sans Mono', monospace";

function cssVar(style: CSSStyleDeclaration, name: string): string | null {
  const value = style.getPropertyValue(name).trim();
  return value === '' ? null : value;
}

/**
 * The theme as the drawing shows it: its paper and ink, and its palette's variables, with the Okabe-Ito
 * colours the palette uses should a variable ever be missing.
 */
function themeOf(figure: Element): SlideTheme {
  const style = getComputedStyle(figure);
  const ink = style.color;
  return {
    paper: style.backgroundColor,
    ink,
    muted: cssVar(style, '--muted') ?? ink,
    panel: cssVar(style, '--panel') ?? style.backgroundColor,
    rule: cssVar(style, '--rule') ?? ink,
    warm: cssVar(style, '--warm') ?? '#e69f00',
    violation: cssVar(style, '--violation') ?? '#d55e00',
    patternInk: cssVar(style, '--pattern-ink') ?? ink,
    font: getComputedStyle(document.body).fontFamily || 'sans-serif',
    mono: MONO,
  };
}

/**
 * The machines on screen, in the page's order: the main run's, then side by side (not in predict mode)
 * the compared run's. A compared run still loading is left out, as the page has no drawing of it yet.
 */
function sidesOf(s: AppState, figures: readonly Element[]): SlideSide[] {
  const sides: SlideSide[] = [];
  const main = s.frame;
  if (!main || !figures[0]) return sides;
  const shown = main.step === s.step ? Math.min(s.eventIndex, main.events.length) : main.events.length;
  const override = s.kernelOverride !== null;
  const kernel = figures[0].getAttribute('data-kernel') ?? main.after.kernel;
  sides.push({
    kernel,
    note: override ? 'chosen kernel' : "the scenario's kernel",
    frame: main,
    shown,
    picture: shownPicture(main, shown),
  });
  const compared = s.compareFrame;
  if (s.compare !== null && s.mode !== 'predict' && compared && figures[1]) {
    // As ComparedMachine shows it: in step with the main run's events, all of them once those are done.
    const all = compared.step !== s.step || shown >= main.events.length;
    const n = all ? compared.events.length : Math.min(shown, compared.events.length);
    sides.push({
      kernel: figures[1].getAttribute('data-kernel') ?? compared.after.kernel,
      note: 'compared',
      frame: compared,
      shown: n,
      picture: shownPicture(compared, n),
    });
  }
  return sides;
}

export interface SlideFile {
  blob: Blob;
  name: string;
}

/** The slide of `figures` (the drawings on screen, whole) at `size`, as an SVG or a PNG of exactly that size. */
export async function slideFile(
  s: AppState,
  figures: readonly Element[],
  size: SlideSize,
  format: 'svg' | 'png',
): Promise<SlideFile> {
  const sides = sidesOf(s, figures);
  if (sides.length === 0) throw new Error('nothing is drawn yet');
  const drawings = sides.map((side, i) => {
    const drawing = standaloneDrawing(figures[i]!);
    // Which machine a nested drawing is, for whoever takes the slide apart.
    drawing.svg.setAttribute('data-kernel', side.kernel);
    return drawing;
  });
  const figureStyle = getComputedStyle(figures[0]!);
  const { headings, ...words } = slideWords(s.title, s.stepCount, sides);
  const scene = composeSlide(size, themeOf(figures[0]!), {
    ...words,
    machines: drawings.map((d, i) => ({ heading: headings[i] ?? null, width: d.width, height: d.height })),
    legend: slideLegend(
      sides.map((side) => side.picture),
      (key) => cssVar(figureStyle, `--own-${key}`),
    ),
  });
  const text = slideSvg(
    scene,
    drawings.map((d) => d.svg),
    `${words.title}: ${words.where}`,
  );
  const stem = slideStem(
    fileStem(s),
    sides[0]!.frame.step,
    size,
    sides.map((side) => side.kernel),
  );
  if (format === 'svg') return { blob: new Blob([text], { type: 'image/svg+xml' }), name: `${stem}.svg` };
  const png = await pngFromSvg({ text, width: size.width, height: size.height }, 1);
  return { blob: png, name: `${stem}.png` };
}
