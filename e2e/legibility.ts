/**
 * What the legibility spec measures in the page: every word of each machine drawing as Chromium renders
 * it (its size in CSS pixels, its box on the page, the box it is drawn in, the page cell it labels), the
 * HTML words around the drawings, and whether the page scrolls across. `measurePage` runs in the page
 * (page.evaluate serialises it, so it refers to nothing outside itself); legibilityVerdict.ts judges.
 */

/** A rectangle in page (client) coordinates, CSS pixels. */
export interface Box {
  l: number;
  t: number;
  r: number;
  b: number;
}

/** One SVG `text` of a drawing. */
export interface SvgWord {
  text: string;
  /** Rendered size: computed font-size × the drawing's rendered scale (svg rect width / width attribute). */
  px: number;
  box: Box;
  /** The size its advance says (box width / glyphs / 0.602 em, DejaVu Sans Mono): printable ASCII only. */
  advancePx: number | null;
  /** The shape it is drawn in (its nearest group holding a band, table, TLB or device box), if any. */
  inside: { name: string; box: Box } | null;
  /** The page cell group it belongs to (its own label or tag), as an index into `cells`. */
  cell: number | null;
}

export interface Drawing {
  kernel: string;
  /** The figure's `data-scale`, and the scale measured from the SVG's rendered width. */
  dataScale: number;
  scale: number;
  /** What Chromium says the drawing's effective CSS zoom is: must equal `scale`. */
  cssZoom: number;
  svg: Box;
  words: SvgWord[];
  /** Page cells (`[data-page] rect.cell`) and frames (`[data-frame] > rect:first-of-type`), by group. */
  cells: Box[];
}

/** A run of HTML text around the drawing (kernel bar, violations, legend). */
export interface HtmlWord {
  text: string;
  px: number;
  where: string;
}

/** A legend that is open: its summary line sits over the list's corner, and must not cover an item. */
export interface LegendBoxes {
  summary: Box;
  items: { text: string; box: Box }[];
}

export interface PageMeasure {
  drawings: Drawing[];
  html: HtmlWord[];
  legends: LegendBoxes[];
  scrollWidth: number;
  innerWidth: number;
}

/** Runs in the page. */
export function measurePage(): PageMeasure {
  const boxOf = (r: DOMRect): Box => ({ l: r.left, t: r.top, r: r.right, b: r.bottom });
  const zoomOf = (el: Element) => (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
  const shapes =
    ':scope > rect.band, :scope > rect.table-box, :scope > rect.tlb-box, :scope > rect.device-box';
  const shown = (el: Element) =>
    el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });

  const drawings = Array.from(document.querySelectorAll('figure.machine svg[data-drawing]')).map((node) => {
    const svg = node as SVGSVGElement;
    const rect = svg.getBoundingClientRect();
    // The drawing box's CSS zoom is already in the SVG's client rect, and not in a text's computed
    // font-size (Chromium reports that unzoomed): their product counts it once.
    const scale = rect.width / svg.width.baseVal.value;
    const groups = Array.from(svg.querySelectorAll('[data-page], [data-frame]'));
    const cells = groups.map((g) => {
      const shape = g.matches('[data-page]')
        ? g.querySelector('rect.cell')
        : g.querySelector(':scope > rect');
      return boxOf((shape ?? g).getBoundingClientRect());
    });
    const words: SvgWord[] = [];
    for (const t of Array.from(svg.querySelectorAll('text'))) {
      const text = t.textContent ?? '';
      if (text.trim() === '' || !shown(t)) continue;
      const r = t.getBoundingClientRect();
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      const glyphs = [...text].length;
      const ascii = /^[\x20-\x7e]+$/.test(text) && glyphs >= 3;
      let inside: SvgWord['inside'] = null;
      for (let g: Element | null = t.parentElement; g && g !== svg && !inside; g = g.parentElement) {
        const shape = g.querySelector(shapes);
        if (shape && (!shape.matches('.table-box') || g.closest('[data-tree]')))
          inside = { name: shape.getAttribute('class') ?? 'box', box: boxOf(shape.getBoundingClientRect()) };
      }
      const own = t.closest('[data-page], [data-frame]');
      words.push({
        text,
        px,
        box: boxOf(r),
        advancePx: ascii ? r.width / glyphs / 0.602 : null,
        inside,
        cell: own ? groups.indexOf(own) : null,
      });
    }
    const figure = svg.closest('figure') as HTMLElement;
    return {
      kernel: figure.dataset.kernel ?? '',
      dataScale: Number(figure.dataset.scale),
      scale,
      cssZoom: zoomOf(svg),
      svg: boxOf(rect),
      words,
      cells,
    };
  });

  // HTML words: each text node's size is its element's computed font-size times the CSS zoom above it.
  const html: HtmlWord[] = [];
  const areas = document.querySelectorAll('figure.machine .kernel-box, figure.machine .violations, .legend');
  for (const area of Array.from(areas)) {
    const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').trim();
      if (!el || text === '' || el.closest('.sr-only')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      if (Array.from(range.getClientRects()).every((r) => r.width === 0 || r.height === 0)) continue;
      const where = (area.getAttribute('class') ?? '').split(' ')[0] ?? '';
      html.push({ text, px: parseFloat(getComputedStyle(el).fontSize) * zoomOf(el), where });
    }
  }
  const legends = Array.from(document.querySelectorAll('details.legend[open]'))
    .filter((l) => l.getBoundingClientRect().width > 0)
    .map((l) => ({
      summary: boxOf(l.querySelector('summary')!.getBoundingClientRect()),
      items: Array.from(l.querySelectorAll('li')).map((li) => ({
        text: (li.textContent ?? '').trim(),
        box: boxOf(li.getBoundingClientRect()),
      })),
    }));
  const doc = document.scrollingElement ?? document.documentElement;
  return { drawings, html, legends, scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth };
}
