/** What the slide specs share: reading a PNG's size, and a slide SVG's own words and boxes in a page. */

import { mkdir, writeFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

import type { KernelName } from '../src/sim/spec.ts';
import type { Frame } from '../src/worker/protocol.ts';
import { EngineSession } from '../src/worker/session.ts';
import { SHOTS } from './support.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The width and height in a PNG's header (IHDR, the first chunk); throws on anything but a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Keeps an exported picture where a person can look at it after the run. */
export async function keep(name: string, bytes: Buffer): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await writeFile(`${SHOTS}/${name}`, bytes);
}

/** The frame of `step` of a built-in, computed by the engine the page runs. */
export function engineFrame(id: string, step: number, kernel: KernelName | null = null): Frame {
  const session = new EngineSession();
  session.load({ id: 1, type: 'load', source: { kind: 'builtin', id }, kernel });
  const reply = session.frame({ id: 2, type: 'frame', step });
  if (reply.type !== 'frame') throw new Error(`no frame ${step} of ${id}`);
  return reply.frame;
}

export interface SlideLook {
  viewBox: string | null;
  /** The slide's own lines of text (not the drawings'), as rendered. */
  lines: Array<{ text: string; left: number; right: number; top: number; bottom: number }>;
  /** The nested drawings: their kernels and boxes on the slide. */
  drawings: Array<{ kernel: string | null; x: number; y: number; width: number; height: number }>;
  background: string | null;
  /** Every id in the document, and every `url(#id)` reference (attributes and inline styles). */
  ids: string[];
  refs: string[];
}

/**
 * Opens a slide SVG's text in `page` (a page with no stylesheet) and measures it as the browser renders it:
 * real fonts, so an estimate that erred narrow would show as a line past the slide's edge.
 */
export async function slideLook(page: Page, svg: string): Promise<SlideLook> {
  await page.setContent(`<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
  return page.evaluate(() => {
    const root = document.querySelector('body > svg') as SVGSVGElement;
    const box = (el: SVGGraphicsElement) => el.getBBox();
    return {
      viewBox: root.getAttribute('viewBox'),
      lines: Array.from(root.querySelectorAll<SVGTextElement>(':scope > text')).map((t) => {
        const b = box(t);
        return {
          text: t.textContent ?? '',
          left: b.x,
          right: b.x + b.width,
          top: b.y,
          bottom: b.y + b.height,
        };
      }),
      drawings: Array.from(root.querySelectorAll<SVGSVGElement>(':scope > svg[data-drawing]')).map((d) => ({
        kernel: d.getAttribute('data-kernel'),
        x: Number(d.getAttribute('x')),
        y: Number(d.getAttribute('y')),
        width: Number(d.getAttribute('width')),
        height: Number(d.getAttribute('height')),
      })),
      background: root.querySelector(':scope > rect')?.getAttribute('fill') ?? null,
      ids: Array.from(root.querySelectorAll('[id]'), (el) => el.id),
      refs: Array.from(root.querySelectorAll('*')).flatMap((el) =>
        Array.from(el.attributes).flatMap((a) =>
          Array.from(a.value.matchAll(/url\(\s*['"]?#([^'")\s]+)/g), (m) => m[1]!),
        ),
      ),
    };
  });
}
