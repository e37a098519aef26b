/**
 * The driver hook panel beside the editor: one row per hook of each `driver` block, its choices as
 * controls. A control edits the text (only the words it changes, undoable in the editor), and the text
 * edits the controls: the panel is read from the text on every change. A device on a built-in driver
 * gets a button that writes the driver out as a block to start from.
 */

import { useId, useMemo, useState } from 'react';
import {
  blockHooks,
  devicesOnBuiltins,
  driverBlocks,
  hookChoice,
  spellOutDevice,
  withHook,
  type BlockInText,
} from '../../editor/driverText.ts';
import { BUILTIN_HOOKS, checkWords, HOOK_CHOICES, hookText, type HookName } from '../../sim/driverHooks.ts';
import { appStore, useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';
import './driverPanel.css';

const selectText = (s: AppState) => s.text;

/** What each hook decides, as the row's label says it. */
const HOOK_WORDS: Record<HookName, string> = {
  checks: 'what mmap refuses',
  maps: 'when the PTEs are filled (linux)',
  fault: 'what a fault maps',
  signal: 'no page: the signal (linux)',
  switch: 'whose mappings a switch zaps',
  eject: 'what an eject zaps',
  insert: 'what an insert zaps',
  unmap: 'has drvunmap (irix)',
  state: 'where state is kept',
  usecount: 'what the use count counts (linux_2_0)',
};

/** Applies an edit to the text as it is now (not as it was when the panel last drew). */
function edit(change: (text: string) => string | null): void {
  const store = appStore.getState();
  const next = change(store.text);
  if (next !== null && next !== store.text) store.editText(next);
}

/** The block at `line` of the current text, found again (the text may have moved under the panel). */
function setHook(line: number, hook: HookName, value: string): void {
  edit((text) => {
    const block = driverBlocks(text).find((b) => b.line === line);
    return block ? withHook(text, block, hook, value) : null;
  });
}

function ChecksRow({ block }: { block: BlockInText }) {
  const chosen = hookChoice(block, 'checks').split(',');
  const words = checkWords(block.type).filter((w) => w !== 'none');
  const toggle = (word: string, on: boolean) => {
    const next = words.filter((w) => (w === word ? on : chosen.includes(w)));
    setHook(block.line, 'checks', next.length > 0 ? next.join(',') : 'none');
  };
  return (
    <fieldset className="hook-row hook-checks">
      <legend>
        <code>checks</code>: {HOOK_WORDS.checks}
      </legend>
      {words.map((w) => (
        <label key={w} className="check">
          <input type="checkbox" checked={chosen.includes(w)} onChange={(e) => toggle(w, e.target.checked)} />
          {w}
        </label>
      ))}
    </fieldset>
  );
}

function HookRow({ block, hook }: { block: BlockInText; hook: Exclude<HookName, 'checks'> }) {
  const id = useId();
  const builtin = hookText(BUILTIN_HOOKS[block.type], hook);
  const written = block.written.has(hook);
  return (
    <div className="hook-row">
      <label htmlFor={id}>
        <code>{hook}</code>: {HOOK_WORDS[hook]}
      </label>
      <select
        id={id}
        value={hookChoice(block, hook)}
        onChange={(e) => setHook(block.line, hook, e.target.value)}
      >
        {HOOK_CHOICES[hook].map((c) => (
          <option key={c} value={c}>
            {c === builtin && !written ? `${c} (built-in)` : c}
          </option>
        ))}
      </select>
    </div>
  );
}

function Block({ block }: { block: BlockInText }) {
  return (
    <fieldset className="driver-block">
      <legend>
        driver <code>{block.name}</code> for {block.type} devices
      </legend>
      {blockHooks(block).map((hook) =>
        hook === 'checks' ? (
          <ChecksRow key={hook} block={block} />
        ) : (
          <HookRow key={hook} block={block} hook={hook} />
        ),
      )}
    </fieldset>
  );
}

export function DriverPanel() {
  const text = useApp(selectText);
  const blocks = useMemo(() => driverBlocks(text), [text]);
  const builtins = useMemo(() => devicesOnBuiltins(text), [text]);
  const [open, setOpen] = useState<boolean | null>(null);
  if (blocks.length === 0 && builtins.length === 0) return null;
  // Open while the text has a driver block, until the reader folds it.
  const shown = open ?? blocks.length > 0;
  return (
    <details className="driver-panel" open={shown} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Driver hooks{blocks.length > 0 ? ` (${blocks.map((b) => b.name).join(', ')})` : ''}</summary>
      {blocks.map((b) => (
        <Block key={`${b.line} ${b.name}`} block={b} />
      ))}
      {builtins.length > 0 && (
        <div className="driver-builtins">
          {builtins.map((d) => (
            <button
              key={`${d.line} ${d.name}`}
              type="button"
              onClick={() =>
                edit((t) => {
                  const now = devicesOnBuiltins(t).find((x) => x.name === d.name);
                  return now ? spellOutDevice(t, now) : null;
                })
              }
            >
              Write {d.name}&apos;s {d.type} driver as a block
            </button>
          ))}
        </div>
      )}
    </details>
  );
}
