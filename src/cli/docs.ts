/**
 * `npm run docs`: writes docs/scenario-language.md from the parser's tables and the reference's notes,
 * and lists the words the parser accepts that no note describes yet (they are in the doc all the same).
 */

import { writeFileSync } from 'node:fs';
import process from 'node:process';

import { referenceEntries, staleNotes } from '../scenario/reference/entries.ts';
import { referenceMarkdown } from '../scenario/reference/markdown.ts';

export const DOC_PATH = new URL('../../docs/scenario-language.md', import.meta.url);

writeFileSync(DOC_PATH, referenceMarkdown());
process.stdout.write(`wrote docs/scenario-language.md\n`);
const undescribed = referenceEntries().filter((e) => !e.described);
for (const e of undescribed)
  process.stderr.write(`not described yet: ${e.id} (add a note in src/scenario/reference/)\n`);
for (const id of staleNotes()) process.stderr.write(`a note for a word the parser does not accept: ${id}\n`);
