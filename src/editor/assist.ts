/**
 * The editor's help as one types, wired to CodeMirror: completion (complete.ts), the reference's entry
 * on hover (hover.ts), and quick fixes on the parser's errors (quickFix.ts). The decisions are the pure
 * functions; this file only hands CodeMirror their answers.
 */
import {
  autocompletion,
  insertCompletionText,
  startCompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import type { Extension } from '@codemirror/state';
import { EditorView, hoverTooltip, type Tooltip } from '@codemirror/view';

import type { Entry } from '../scenario/reference/types.ts';
import { completeAt, type Offer } from './complete.ts';
import { hoverAt } from './hover.ts';

function source(ctx: CompletionContext): CompletionResult | null {
  const line = ctx.state.doc.lineAt(ctx.pos);
  // The names a line may use are on the lines before it: the text after this line is never read.
  const r = completeAt(ctx.state.doc.sliceString(0, line.to), ctx.pos);
  if (!r) return null;
  // Typed with nothing to complete yet (after a space): offer only when the place is one that asks for
  // a word, which completeAt has decided; a word being typed is matched against the labels.
  return { from: r.from, options: r.options.map(toCompletion), validFor: /^[\w/.=-]*$/ };
}

/**
 * An offer that ends where the next word starts (`mmap `, `pages=`) asks for that word at once: the list
 * opens again after it is taken, as it would have had the user typed it.
 */
function toCompletion(o: Offer): Completion {
  const text = o.apply;
  if (text === undefined || !/[ =]$/.test(text)) return o;
  return {
    ...o,
    apply: (view, _c, from, to) => {
      view.dispatch(insertCompletionText(view.state, text, from, to));
      startCompletion(view);
    },
  };
}

/** The tooltip's content: the entry's name, form, text and default, and a way into the reference. */
function entryDom(e: Entry, openReference: (id: string) => void): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'cm-scn-entry';
  dom.dataset.entry = e.id;
  const head = document.createElement('p');
  const name = document.createElement('strong');
  name.textContent = e.form;
  head.append(name);
  const text = document.createElement('p');
  text.textContent = e.text.replaceAll('`', '') + (e.default === null ? '' : ` Default: ${e.default}.`);
  const more = document.createElement('button');
  more.type = 'button';
  more.textContent = 'Open in the language reference';
  more.addEventListener('click', () => openReference(e.id));
  dom.append(head, text, more);
  return dom;
}

function hover(openReference: (id: string) => void) {
  return hoverTooltip((view, pos): Tooltip | null => {
    const line = view.state.doc.lineAt(pos);
    const h = hoverAt(line.text, pos - line.from);
    if (!h) return null;
    return {
      pos: line.from + h.from,
      end: line.from + h.to,
      above: true,
      create: () => ({ dom: entryDom(h.entry, openReference) }),
    };
  });
}

const assistTheme = EditorView.baseTheme({
  '.cm-scn-entry': { maxWidth: '28rem', padding: '0.3rem 0.6rem', fontFamily: 'system-ui, sans-serif' },
  '.cm-scn-entry p': { margin: '0.2rem 0' },
  '.cm-scn-entry strong': { fontFamily: 'ui-monospace, monospace' },
  '.cm-tooltip.cm-tooltip-autocomplete > ul': { fontFamily: 'ui-monospace, monospace' },
  '.cm-completionInfo': { maxWidth: '22rem', fontFamily: 'system-ui, sans-serif' },
});

/** Completion, hover and their look; `openReference` opens the Language dialog at an entry. */
export function scenarioAssist(openReference: (id: string) => void): Extension {
  return [
    autocompletion({ override: [source], activateOnTyping: true, icons: false }),
    hover(openReference),
    assistTheme,
  ];
}
