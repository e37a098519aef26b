/**
 * A composed slide (slide.ts) drawn as one SVG document, with the machines' standalone drawings nested in
 * it as `<svg>` elements that keep their own viewBox. Built with the DOM and written by XMLSerializer, so
 * every word of the scenario is a text node, escaped, and never markup.
 */

import type { Paint, SceneRect, SceneText, SlideScene } from './slideScene.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  return el;
}

/** The slide's patterns, drawn as the page draws them, at the slide's scale. */
function patterns(scene: SlideScene): SVGDefsElement {
  const u = scene.unit;
  const { violation, patternInk } = scene.theme;
  const defs = element('defs', {});
  const tile = (id: string, size: number, rotate: number | null, ...children: SVGElement[]) => {
    const p = element('pattern', {
      id: `slide-pat-${id}`,
      width: size,
      height: size,
      patternUnits: 'userSpaceOnUse',
    });
    if (rotate !== null) p.setAttribute('patternTransform', `rotate(${rotate})`);
    p.append(...children);
    defs.append(p);
  };
  const s = 6 * u;
  const ink = { stroke: patternInk, fill: 'none' };
  tile('hatch', s, 45, element('line', { x1: 0, y1: 0, x2: 0, y2: s, ...ink, 'stroke-width': 2 * u }));
  tile(
    'lines',
    s,
    null,
    element('line', { x1: 0, y1: s / 2, x2: s, y2: s / 2, ...ink, 'stroke-width': 1.2 * u }),
  );
  tile('dots', s, null, element('circle', { cx: s / 2, cy: s / 2, r: 1.2 * u, fill: patternInk }));
  tile('grid', s, null, element('path', { d: `M${s} 0H0V${s}`, ...ink, 'stroke-width': u }));
  // The banner's stripes: light enough that the words on them stay black on white (or white on black).
  const v = 16 * u;
  tile(
    'violation',
    v,
    -45,
    element('rect', { width: v, height: v, fill: violation, 'fill-opacity': 0.1 }),
    element('line', {
      x1: 0,
      y1: 0,
      x2: 0,
      y2: v,
      stroke: violation,
      'stroke-width': 6 * u,
      'stroke-opacity': 0.2,
    }),
  );
  return defs;
}

function fillOf(paint: Paint): string {
  return typeof paint === 'string' ? paint : `url(#slide-pat-${paint.pattern})`;
}

function rect(r: SceneRect): SVGRectElement {
  const el = element('rect', {
    x: r.x,
    y: r.y,
    width: r.width,
    height: r.height,
    rx: r.radius,
    fill: fillOf(r.fill),
  });
  if (r.stroke !== null) {
    el.setAttribute('stroke', r.stroke);
    el.setAttribute('stroke-width', String(r.strokeWidth));
  }
  return el;
}

function text(t: SceneText, scene: SlideScene): SVGTextElement {
  const el = element('text', {
    x: t.x,
    y: t.y,
    'font-size': t.size,
    'font-family': scene.theme.font,
    'text-anchor': t.anchor,
  });
  // The runs' own spaces are the only spacing between them: none may collapse.
  el.setAttributeNS(XML_NS, 'xml:space', 'preserve');
  for (const run of t.runs) {
    const span = element('tspan', { fill: run.fill });
    if (run.bold) span.setAttribute('font-weight', '700');
    if (run.mono) span.setAttribute('font-family', scene.theme.mono);
    span.textContent = run.text;
    el.append(span);
  }
  return el;
}

const URL_REF = /url\(\s*(['"]?)#([^'")\s]+)\1\s*\)/g;

/**
 * Two drawings in one document would share their ids (`pat-hatch`, ...): each gets its own prefix, and every
 * reference to an id (attributes, inlined style properties) follows it.
 */
function scopeIds(root: SVGSVGElement, prefix: string): void {
  const ids = new Set<string>();
  for (const el of root.querySelectorAll('[id]')) {
    ids.add(el.id);
    el.id = prefix + el.id;
  }
  if (ids.size === 0) return;
  const rename = (value: string) =>
    value.replace(URL_REF, (whole, quote: string, id: string) =>
      ids.has(id) ? `url(${quote}#${prefix}${id}${quote})` : whole,
    );
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      if (attr.name === 'style') continue;
      if (attr.localName === 'href' && attr.value.startsWith('#') && ids.has(attr.value.slice(1)))
        el.setAttributeNS(attr.namespaceURI, attr.name, `#${prefix}${attr.value.slice(1)}`);
      else if (attr.value.includes('url(')) el.setAttribute(attr.name, rename(attr.value));
    }
    const style = (el as SVGElement).style;
    for (const name of [...style]) {
      const value = style.getPropertyValue(name);
      if (value.includes('url(')) style.setProperty(name, rename(value));
    }
  }
}

/** The slide as an SVG document's text; `drawings[i]` is machine i's standalone drawing (moved into it). */
export function slideSvg(scene: SlideScene, drawings: readonly SVGSVGElement[], label: string): string {
  const { width, height } = scene;
  const root = element('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
  });
  root.setAttribute('aria-label', label);
  root.append(patterns(scene), element('rect', { width, height, fill: scene.theme.paper }));
  for (const r of scene.rects) root.append(rect(r));
  for (const t of scene.texts) root.append(text(t, scene));
  for (const place of scene.drawings) {
    const drawing = drawings[place.machine];
    if (!drawing) continue;
    scopeIds(drawing, `m${place.machine}-`);
    // Its own viewBox stays: the nested svg scales its whole drawing into the box, centred, uncropped.
    const { x, y, width: w, height: h } = place;
    const box = { x, y, width: w, height: h, preserveAspectRatio: 'xMidYMid meet' };
    for (const [key, value] of Object.entries(box)) drawing.setAttribute(key, String(value));
    root.append(drawing);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}
