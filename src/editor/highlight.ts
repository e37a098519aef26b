/**
 * The .scn language for CodeMirror and its colours. Colours are CSS variables (editor.css), so the
 * app's light and dark themes switch them without reconfiguring the editor.
 */
import { HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { Tag, tags as t } from '@lezer/highlight';
import { EditorView } from '@codemirror/view';
import { cssVariables, DARK, LIGHT } from './palette.ts';
import { scnStreamParser, type ScnToken } from './scnTokens.ts';

/** Outcome names after `expect`: their own tags, falling back to a literal for other highlighters. */
const errnoTag = Tag.define(t.literal);
const signalTag = Tag.define(t.literal);

const TOKEN_TAGS: Record<ScnToken, Tag> = {
  keyword: t.keyword,
  actor: t.labelName,
  narration: t.docComment,
  comment: t.lineComment,
  string: t.string,
  number: t.number,
  key: t.propertyName,
  arrow: t.operator,
  definition: t.definition(t.variableName),
  errno: errnoTag,
  signal: signalTag,
  path: t.url,
  punctuation: t.punctuation,
};

export const scenarioLanguage = StreamLanguage.define({ ...scnStreamParser, tokenTable: TOKEN_TAGS });

const v = (name: string) => `var(--scn-${name})`;

const scenarioHighlightStyle = HighlightStyle.define([
  { tag: t.keyword, color: v('keyword'), fontWeight: '600' },
  { tag: t.labelName, color: v('actor'), fontWeight: '600' },
  { tag: t.docComment, color: v('narration'), fontStyle: 'italic' },
  { tag: t.lineComment, color: v('comment'), fontStyle: 'italic' },
  { tag: t.string, color: v('string') },
  { tag: t.number, color: v('number') },
  { tag: t.propertyName, color: v('key') },
  { tag: t.operator, color: v('arrow'), fontWeight: '600' },
  { tag: t.definition(t.variableName), color: v('definition'), textDecoration: 'underline dotted' },
  { tag: errnoTag, color: v('errno'), fontWeight: '600' },
  { tag: signalTag, color: v('signal'), fontWeight: '600' },
  { tag: t.url, color: v('path') },
]);

const editorTheme = EditorView.theme({
  // The colours live on the editor itself, so the app's theme switch recolours it with no reconfiguring.
  '&': { ...cssVariables(LIGHT), color: v('text'), backgroundColor: v('bg'), height: '100%' },
  "[data-theme='dark'] &": cssVariables(DARK),
  '&.cm-focused': { outline: `2px solid ${v('focus')}`, outlineOffset: '-2px' },
  '.cm-scroller': {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    lineHeight: '1.5',
  },
  '.cm-content': { caretColor: v('text') },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: v('text') },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground': {
    backgroundColor: v('selection'),
  },
  '.cm-gutters': {
    backgroundColor: v('gutter-bg'),
    color: v('gutter-text'),
    borderRight: `1px solid ${v('border')}`,
  },
  '.cm-activeLine': { backgroundColor: v('active-line') },
  '.cm-activeLineGutter': { backgroundColor: v('active-line'), color: v('text') },
  '.cm-tooltip': { backgroundColor: v('tooltip-bg'), color: v('text'), border: `1px solid ${v('border')}` },
  '.cm-panels': { backgroundColor: v('gutter-bg'), color: v('text') },
});

/** Language, colours and the editor's own surface. */
export const scenarioHighlighting = [
  scenarioLanguage,
  syntaxHighlighting(scenarioHighlightStyle),
  editorTheme,
];
