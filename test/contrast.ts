/**
 * Colour contrast for tests: the WCAG ratio of two colours, and the custom properties a style sheet
 * declares for the light theme (`:root`) and the dark one (a selector with `data-theme='dark'`).
 */

import { readFileSync } from 'node:fs';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export type Palette = Record<string, string>;

/**
 * The `#rrggbb` custom properties of the sheets at `urls`, light and dark. The dark theme starts from the
 * light one (what it does not redeclare it inherits).
 */
export function palettes(urls: readonly URL[]): { light: Palette; dark: Palette } {
  const light: Palette = {};
  const darkOnly: Palette = {};
  for (const url of urls) {
    const css = readFileSync(url, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, selector, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const dark = selector!.includes("data-theme='dark'");
      if (!dark && !/^\s*:root/.test(selector!)) continue;
      for (const [, name, value] of body!.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi))
        (dark ? darkOnly : light)[name!] = value!.toLowerCase();
    }
  }
  return { light, dark: { ...light, ...darkOnly } };
}
