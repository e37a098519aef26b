/**
 * The drawing as a file that stands alone: an SVG whose colours, fonts and strokes no longer come from the
 * page's stylesheet (its theme variables, its classes) but sit on each element, and a PNG painted from it.
 * Runs on the drawing in the page, so it reads computed styles: what the reader sees is what the file holds.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The properties that make the drawing look as it does. Inherited ones are written only where they differ
 * from the parent's (the file inherits the same way the page did); the others where they differ from their
 * initial value. Layout-only properties (width, x, ...) are attributes already.
 */
const INHERITED = [
  'color',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'white-space',
] as const;
const OWN: ReadonlyArray<readonly [string, string]> = [
  ['opacity', '1'],
  ['mix-blend-mode', 'normal'],
];

export interface StandaloneSvg {
  /** The SVG document's text, with its XML declaration. */
  text: string;
  width: number;
  height: number;
}

function inlineStyles(original: Element, copy: Element, parent: CSSStyleDeclaration | null): void {
  const style = getComputedStyle(original);
  const target = (copy as SVGElement).style;
  for (const name of INHERITED) {
    const value = style.getPropertyValue(name);
    if (value !== '' && (parent === null || value !== parent.getPropertyValue(name)))
      // CSSOM, not setAttribute('style'): the page's Content-Security-Policy allows no inline style text.
      target.setProperty(name, value);
  }
  for (const [name, initial] of OWN) {
    const value = style.getPropertyValue(name);
    if (value !== '' && value !== initial) target.setProperty(name, value);
  }
  // An event's movement ends translated by a CSS animation (EventLayer): keep it where the reader saw it.
  // Elements with a transform attribute keep that attribute, which the computed value only repeats.
  const transform = style.getPropertyValue('transform');
  if (!original.hasAttribute('transform') && transform !== '' && transform !== 'none')
    target.setProperty('transform', transform);
}

export interface StandaloneDrawing {
  /** A detached copy of the drawing, its look inlined: a file's root, or nested in a slide. */
  svg: SVGSVGElement;
  width: number;
  height: number;
}

/**
 * The drawing inside `figure` (its SVG, and the RAM canvas a large machine draws on) as an SVG element that
 * stands alone: its computed look inlined and the drawing's own background behind it.
 */
export function standaloneDrawing(figure: Element): StandaloneDrawing {
  const svg = figure.querySelector<SVGSVGElement>('svg[data-drawing]');
  if (!svg) throw new Error('there is no drawing to export');
  const width = Number(svg.getAttribute('width')) || svg.clientWidth;
  const height = Number(svg.getAttribute('height')) || svg.clientHeight;
  const copy = svg.cloneNode(true) as SVGSVGElement;

  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const computed = new Map<Element, CSSStyleDeclaration>();
  const hidden: Element[] = [];
  originals.forEach((original, i) => {
    const twin = copies[i]!;
    const style = getComputedStyle(original);
    computed.set(original, style);
    if (style.display === 'none') hidden.push(twin);
    else
      inlineStyles(original, twin, original === svg ? null : (computed.get(original.parentElement!) ?? null));
  });
  for (const element of hidden) element.remove();

  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  // Keyboard focus (the page-table toggles) belongs to the page, not to a picture file.
  for (const el of copy.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');

  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', getComputedStyle(figure).backgroundColor);
  copy.insertBefore(background, copy.firstChild);

  // A machine with thousands of frames paints RAM on a canvas laid over the SVG: carry its pixels along.
  const canvas = figure.querySelector<HTMLCanvasElement>('canvas.ram-canvas');
  if (canvas && canvas.width > 0 && canvas.height > 0) {
    const image = document.createElementNS(SVG_NS, 'image');
    image.setAttribute('x', String(parseFloat(canvas.style.left) || 0));
    image.setAttribute('y', String(parseFloat(canvas.style.top) || 0));
    image.setAttribute('width', String(parseFloat(canvas.style.width) || canvas.width));
    image.setAttribute('height', String(parseFloat(canvas.style.height) || canvas.height));
    image.setAttribute('href', canvas.toDataURL('image/png'));
    copy.append(image);
  }

  return { svg: copy, width, height };
}

/** The drawing inside `figure` as one SVG file (standaloneDrawing, serialized). */
export function standaloneSvg(figure: Element): StandaloneSvg {
  const { svg, width, height } = standaloneDrawing(figure);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
  return { text, width, height };
}

/** Browsers refuse or crawl on canvases much past this many pixels. */
const MAX_PIXELS = 32_000_000;

/**
 * The SVG painted at `scale` device pixels per drawing pixel (less when that would be too big) as a PNG.
 * A slide is painted at 1, so the PNG is exactly the slide's size.
 */
export async function pngFromSvg(svg: StandaloneSvg, scale = 2): Promise<Blob> {
  const fit = Math.min(scale, Math.sqrt(MAX_PIXELS / Math.max(1, svg.width * svg.height)));
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(svg.width * fit));
    canvas.height = Math.max(1, Math.round(svg.height * fit));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
