/**
 * What the fuzz suite mutates: every built-in, and the texts that hold driver blocks (the driver
 * template and the setup of the driver lesson), so the block's parser and the engine's hooks meet
 * broken input too.
 */

import { LIBRARY } from '../../src/scenario/library/index.ts';
import { SETUPS } from '../../src/search/setups.ts';
import { TEMPLATES } from '../../src/scenario/templates.ts';

export const CORPUS: ReadonlyArray<{ id: string; text: string }> = [
  ...LIBRARY.map((b) => ({ id: b.id, text: b.text })),
  ...TEMPLATES.filter((t) => t.text.includes('\ndriver ')).map((t) => ({
    id: `template ${t.id}`,
    text: t.text,
  })),
  ...SETUPS.filter((s) => s.text.includes('\ndriver ')).map((s) => ({ id: `setup ${s.id}`, text: s.text })),
];
