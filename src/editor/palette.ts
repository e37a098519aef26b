/**
 * The editor's colours, light and dark (the app sets data-theme="dark" on <html>). Hues follow
 * Okabe-Ito, darkened for light and lightened for dark; every text colour reads at 4.5:1 or more on
 * its background (palette.test.ts), and each token class also differs in weight or style, so colour
 * is never the only cue. highlight.ts turns these into CSS variables (`--scn-NAME`).
 */
export const EDITOR_COLOURS = [
  'bg',
  'text',
  'gutter-bg',
  'gutter-text',
  'border',
  'active-line',
  'selection',
  'tooltip-bg',
  'focus',
  'keyword',
  'actor',
  'narration',
  'comment',
  'string',
  'number',
  'key',
  'arrow',
  'definition',
  'errno',
  'signal',
  'path',
] as const;

export type EditorColour = (typeof EDITOR_COLOURS)[number];
export type EditorPalette = Readonly<Record<EditorColour, string>>;

export const LIGHT: EditorPalette = {
  bg: '#ffffff',
  text: '#1f2328',
  'gutter-bg': '#f3f4f6',
  'gutter-text': '#57606a',
  border: '#d0d7de',
  'active-line': '#f1f5fb',
  selection: '#c9dcf5',
  'tooltip-bg': '#ffffff',
  focus: '#0072b2',
  keyword: '#005a8c',
  actor: '#a34400',
  narration: '#2e6b34',
  comment: '#5f6670',
  string: '#00684a',
  number: '#8a2f6b',
  key: '#725300',
  arrow: '#1f2328',
  definition: '#a34400',
  errno: '#9c1f4f',
  signal: '#9c1f4f',
  path: '#00684a',
};

export const DARK: EditorPalette = {
  bg: '#16191d',
  text: '#e6e8eb',
  'gutter-bg': '#1e2227',
  'gutter-text': '#9aa4ae',
  border: '#3a4048',
  'active-line': '#20262d',
  selection: '#284b6e',
  'tooltip-bg': '#22272e',
  focus: '#56b4e9',
  keyword: '#6fc3f2',
  actor: '#ffac5f',
  narration: '#9fd6a3',
  comment: '#9aa4ae',
  string: '#5fd3ad',
  number: '#e7a3cf',
  key: '#f0d36a',
  arrow: '#e6e8eb',
  definition: '#ffac5f',
  errno: '#ff93b8',
  signal: '#ff93b8',
  path: '#5fd3ad',
};

/** The palette as CSS custom properties. */
export function cssVariables(palette: EditorPalette): Record<string, string> {
  return Object.fromEntries(EDITOR_COLOURS.map((name) => [`--scn-${name}`, palette[name]]));
}
