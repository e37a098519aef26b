/**
 * docs/scenario-language.md against the parser: the doc is what `npm run docs` writes from the parser's
 * tables, every word the parser accepts has its entry, and every example in the doc runs under the
 * runner with its expectations holding.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parseScenario } from '../src/scenario/index.ts';
import {
  parserTables,
  referenceEntries,
  staleNotes,
  type LanguageTables,
} from '../src/scenario/reference/entries.ts';
import { markdownExamples, referenceMarkdown } from '../src/scenario/reference/markdown.ts';
import { runScenario } from '../src/scenario/run.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DOC = readFileSync(join(ROOT, 'docs/scenario-language.md'), 'utf8');

/** The runner's verdict on a text, as `npm run sim` reaches it: invalid, or how many expectations failed. */
function run(text: string): { errors: string[]; failed: string[]; expectations: number } {
  const parsed = parseScenario(text);
  if (!parsed.ok)
    return {
      errors: parsed.errors.map((e) => `${e.line}:${e.col}: ${e.message}`),
      failed: [],
      expectations: 0,
    };
  const rows = runScenario(parsed.scenario);
  const expectations = parsed.scenario.steps.reduce((n, s) => n + s.expects.length, 0);
  return {
    errors: [],
    failed: rows.flatMap((r) => r.expectFailed.map((f) => `line ${r.line}: ${f}`)),
    expectations,
  };
}

/** The tables with one word taken out of one of them. */
function without(pick: (t: LanguageTables) => readonly string[], word: string, key: keyof LanguageTables) {
  const t = parserTables();
  return { ...t, [key]: pick(t).filter((w) => w !== word) } as LanguageTables;
}

describe('docs/scenario-language.md and the parser', () => {
  it("the doc is what npm run docs writes from the parser's tables", () => {
    // A mismatch: run `npm run docs` and review the diff.
    expect(DOC).toBe(referenceMarkdown());
  });

  it("removing a key from the parser's tables, or from the doc, makes them disagree", () => {
    const t = parserTables();
    const noHoles = {
      ...t,
      deviceKeys: { ...t.deviceKeys, kbuf: t.deviceKeys.kbuf!.filter((k) => k !== 'holes') },
    };
    expect(referenceMarkdown(noHoles)).not.toBe(DOC);
    expect(referenceMarkdown(without((x) => x.errnos, 'ENXIO', 'errnos'))).not.toBe(DOC);
    expect(referenceMarkdown(without((x) => x.procOps, 'mprotect', 'procOps'))).not.toBe(DOC);
    const docWithoutRow = DOC.replace(/^\| `holes=.*\n/m, '');
    expect(docWithoutRow).not.toBe(DOC);
    expect(docWithoutRow).not.toBe(referenceMarkdown());
  });

  it('every word the parser accepts is in the doc, and no note names a word it does not accept', () => {
    // A word the parser gains (a merged key, kernel or expectation) is in the doc as soon as `npm run docs`
    // runs, marked "Not described yet" until a note in src/scenario/reference/ describes it; that script
    // lists such words. A note for a word the parser no longer accepts is an error.
    for (const e of referenceEntries()) {
      const shown = DOC.includes(`### \`${e.name}\``) || DOC.includes(`| \`${e.form}\` |`);
      expect(shown, e.id).toBe(true);
    }
    expect(staleNotes()).toEqual([]);
  });

  it("every device key of the parser is in its type's table with its default", () => {
    const t = parserTables();
    for (const [type, keys] of Object.entries(t.deviceKeys)) {
      for (const key of keys) {
        const e = referenceEntries().find((x) => x.id === `key:${type}.${key}`);
        expect(e?.default, `${type}.${key}`).toBeTruthy();
        expect(DOC).toContain(`| \`${e?.form ?? key}\` | \`${e?.default ?? ''}\` |`);
      }
    }
  });
});

describe('every example in the doc runs under the runner', () => {
  const examples = markdownExamples(DOC);

  it('has examples: one for each described line form, step, device type, expectation, errno and rule', () => {
    const withExample = referenceEntries().filter((e) => e.example !== null).length;
    expect(examples.length).toBe(withExample + 1);
    const missing = referenceEntries().filter(
      (e) =>
        e.described &&
        e.example === null &&
        !e.id.startsWith('key:') &&
        !/\bNo kernel model returns it\b/.test(e.text),
    );
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it.each(examples.map((x) => [x.line, x.text] as const))(
    'the example at line %i is valid and its expectations hold',
    (_line, text) => {
      const r = run(text);
      expect(r.errors).toEqual([]);
      expect(r.failed).toEqual([]);
      expect(r.expectations).toBeGreaterThan(0);
    },
  );

  it("the runner itself runs the doc's first scenario and exits 0", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagerlab-doc-'));
    try {
      const file = join(dir, 'first.scn');
      writeFileSync(file, examples[0]!.text);
      const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
      const r = spawnSync(process.execPath, ['--import', tsx, join(ROOT, 'src/cli/main.ts'), file], {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '', FORCE_COLOR: '0', INIT_CWD: '', npm_lifecycle_event: '' },
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/all 5 expectations held/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('a scenario written from the reference alone', () => {
  it("runs on the first try: Rubini's close-while-mapped story and the IRIX ENODEV rule", () => {
    // Each line is a form from the doc's entries, with names of our own.
    const text = `title "Close while mapped, then unload"
kernel linux
machine ram=16
device buf kbuf pages=2 alloc=vmalloc
process reader
> The reader maps the buffer and closes the descriptor: the mapping holds the open file.
reader: open /dev/buf -> fd
reader: mmap fd 2p -> m
reader: close fd
reader: write m+1p "kept"
expect fault
expect ram
unload buf
expect EWOULDBLOCK
reader: munmap m 2p
expect ok
unload buf
expect ok
expect clean
`;
    expect(run(text)).toEqual({ errors: [], failed: [], expectations: 6 });
    const irix = `kernel irix
device gfx regs at=0xC0000000 size=0x100 unmap=no
process x
x: open /dev/gfx -> fd
x: mmap fd 0x100 -> g
x: write g "go"
expect device gfx page 0
x: munmap g 0x100
expect ENODEV
x: read g
expect SIGSEGV
`;
    expect(run(irix)).toEqual({ errors: [], failed: [], expectations: 3 });
  });
});
