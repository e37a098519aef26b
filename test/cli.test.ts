/** The runner's contract (scenario-language.md, "The runner"), pinned by running it as a process. */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { badLines } from '../bench/worstCases.ts';
import { LIBRARY } from '../src/scenario/library/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const MAIN = join(ROOT, 'src/cli/main.ts');
// tsx's loader by URL: the runs start in a temp folder, where a bare `tsx` would not resolve.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const JSON_KEYS = [
  'line',
  'actor',
  'op',
  'result',
  'signal',
  'fault',
  'lands',
  'value',
  'violations',
  'expectFailed',
  'why',
];

let dir = '';

/** Runs the CLI with node and tsx's loader, from `cwd` (the temp folder unless told). */
function sim(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, ['--import', TSX, MAIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', FORCE_COLOR: '0', INIT_CWD: '', npm_lifecycle_event: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

// No mapping at all: on every model a read of an unmapped address faults and ends in SIGSEGV.
const HOLDS = `title "unmapped"
process p
p: read 0x1000
expect SIGSEGV
expect fault
`;
const FAILS = `${HOLDS}p: read 0x2000
expect SIGBUS   # wrong on purpose
expect SIGSEGV
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pagerlab-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run sim', () => {
  it('--list prints the ids of the built-in library, one per line, first-touch first', () => {
    const r = sim(['--list']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(LIBRARY.map((b) => `${b.id}\n`).join(''));
    expect(r.stdout.split('\n')[0]).toBe('first-touch');
    expect(r.stderr).toBe('');
  });

  it('works through the npm script, with nothing but the ids on stdout', () => {
    const r = spawnSync('npm', ['run', '-s', 'sim', '--', '--list'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(LIBRARY.map((b) => `${b.id}\n`).join(''));
  });

  it('takes FILE relative to the directory npm was run from, not the package root', () => {
    write('holds.scn', HOLDS);
    const r = spawnSync('npm', ['--prefix', ROOT, 'run', '-s', 'sim', '--', 'holds.scn', '--json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.stderr).not.toMatch(/no such file/);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ line: 3, signal: 'SIGSEGV', expectFailed: [] });
  });

  // One test per built-in, so each run of the runner has its own time budget as the library grows.
  it.each(LIBRARY.map((b) => b.id))('runs the built-in %s with all expectations held (exit 0)', (id) => {
    const r = sim(['--example', id]);
    expect(r.stderr, id).toBe('');
    expect(r.status, `${id}\n${r.stdout}`).toBe(0);
    expect(r.stdout).toMatch(/^LINE +ACTOR +OPERATION +RESULT +FAULT +LANDS +VALUE +VIOLATIONS$/m);
    expect(r.stdout).toMatch(/✓ all \d+ expectations? held\n$/);
  });

  it.each(['freebsd-example-4.scn', 'freebsd-example-5.scn'])(
    "runs kernel-models-more.md's %s with every expectation held",
    (name) => {
      const r = sim([join(ROOT, 'test/examples', name)]);
      expect(r.stderr).toBe('');
      expect(r.status, r.stdout).toBe(0);
      expect(r.stdout).toMatch(/on freebsd: ✓ all \d+ expectations held\n$/);
    },
  );

  it('runs a FILE relative to the working directory and exits 0 when every expectation held', () => {
    const r = sim([write('holds.scn', HOLDS)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ *3 +p +read 0x1000 +SIGSEGV\b/m);
    expect(r.stdout).not.toContain('✗');
  });

  it('exits 1 when an expectation failed, marking it under its row', () => {
    const r = sim([write('fails.scn', FAILS)]);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    const row = lines.findIndex((l) => /^ *6 +p +read 0x2000 /.test(l));
    expect(row).toBeGreaterThan(0);
    expect(lines[row + 1]).toMatch(/^ +why: no mapping at this address$/);
    expect(lines[row + 2]).toMatch(/^ +✗ expect SIGBUS$/);
    expect(lines[row + 3]).not.toMatch(/✗/);
    expect(r.stdout).toMatch(/✗ 1 of 4 expectations failed, on 1 step\n$/);
  });

  it('--json prints one object per step with exactly the contract keys, and nothing else', () => {
    const r = sim([write('fails.scn', FAILS), '--json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const rows = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const row of rows) expect(Object.keys(row)).toEqual(JSON_KEYS);
    expect(rows[0]).toMatchObject({
      line: 3,
      actor: 'p',
      op: 'read',
      result: 'signal',
      signal: 'SIGSEGV',
      lands: null,
      value: null,
      violations: [],
      expectFailed: [],
      why: 'no mapping at this address',
    });
    expect(rows[1]).toMatchObject({ line: 6, expectFailed: ['expect SIGBUS'] });
  });

  it('--json on a built-in scenario gives one line per step and exit 0', () => {
    const r = sim(['--example', 'first-touch', '--json']);
    expect(r.status).toBe(0);
    for (const line of r.stdout.trimEnd().split('\n')) {
      const row = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(row)).toEqual(JSON_KEYS);
      expect(row.expectFailed).toEqual([]);
      // first-touch has no failed step: no row has a reason.
      expect(row.why).toBeNull();
    }
  });

  it('says why a step failed: under its row in the table, as the last key in --json', () => {
    const r = sim(['--example', 'kbuf-vmalloc']);
    const lines = r.stdout.split('\n');
    const row = lines.findIndex((l) => /^ *30 +- +unload buf +EWOULDBLOCK$/.test(l));
    expect(row, r.stdout).toBeGreaterThan(0);
    expect(lines[row + 1]).toMatch(
      /^ +why: delete_module: try_stop_module finds buf's module use count at 1,/,
    );
    const json = sim(['--example', 'kbuf-vmalloc', '--json']).stdout.trimEnd().split('\n');
    const rows = json.map((l) => JSON.parse(l) as Record<string, unknown>);
    const unload = rows.find((x) => x.line === 30);
    expect(unload).toMatchObject({ result: 'EWOULDBLOCK', actor: null });
    expect(unload?.why).toMatch(/^delete_module: try_stop_module finds buf's module use count at 1/);
    expect(rows.filter((x) => x.result === 'ok').every((x) => x.why === null)).toBe(true);
  });

  it('--kernel overrides the file’s kernel line', () => {
    const r = sim([write('holds.scn', HOLDS), '--kernel', 'irix']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\(kernel irix\)/);
    expect(r.stdout).toMatch(/on irix: ✓/);
  });

  it('exits 2 on an invalid file, with FILE:LINE:COLUMN for each error and nothing run', () => {
    const name = write('broken.scn', 'title "x"\nprocess p\np: frobnicate 1\nq: read 0\n');
    const r = sim([name]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors.length).toBeGreaterThanOrEqual(2);
    for (const e of errors) expect(e).toMatch(/^broken\.scn:\d+:\d+: \S/);
    expect(errors.some((e) => e.startsWith('broken.scn:3:'))).toBe(true);
    expect(errors.some((e) => e.startsWith('broken.scn:4:'))).toBe(true);
  });

  it.each([
    ['a missing file', ['no-such-file.scn'], /no-such-file\.scn: no such file/],
    ['an unknown flag', ['--frobnicate'], /unknown option '--frobnicate'/],
    ['an unknown kernel', ['holds.scn', '--kernel', 'solaris'], /unknown kernel 'solaris'/],
    ['a kernel flag without a value', ['holds.scn', '--kernel'], /--kernel needs a value/],
    ['an unknown example id', ['--example', 'no-such-id'], /no built-in scenario 'no-such-id'/],
    ['no file at all', [], /no scenario file given/],
    ['two files', ['holds.scn', 'fails.scn'], /one scenario file at a time/],
    ['a directory', ['.'], /\.: is a directory/],
  ])('exits 2 for %s, with a message on stderr and nothing on stdout', (_, args, message) => {
    write('holds.scn', HOLDS);
    write('fails.scn', FAILS);
    const r = sim(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('refuses a file over 4 MB before reading it', () => {
    const name = write('huge.scn', '');
    truncateSync(join(dir, name), 4 * 1024 * 1024 + 1);
    const r = sim([name]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/huge\.scn: 4194305 bytes is more than a scenario may have/);
  });

  it('--search prints the shortest attack as a file that runs with every expectation held, and exits 1', () => {
    const r = sim(['--search', '--setup', 'card-netbsd']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^attack in \d+ steps breaks card-present under netbsd \(\d+ states explored/);
    expect(r.stdout).toMatch(/^> Attack step 1: /m);
    expect(r.stdout.trimEnd()).toMatch(/\nexpect violation card-present$/);
    const replay = sim([write('attack.scn', r.stdout)]);
    expect(replay.stderr).toBe('');
    expect(replay.status).toBe(0);
  });

  it('--search exits 0 when no attack is found within the depth, 2 for an invalid setup', () => {
    const none = sim(['--search', '--setup', 'card-netbsd', '--kernel', 'linux', '--depth', '2']);
    expect(none.status).toBe(0);
    expect(none.stdout).toMatch(/^no attack within depth 2 \(\d+ states explored\)\n$/);
    const bad = sim(['--search', write('bad.scn', 'machine ram=32\ndevice slot card bogus=1\n')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^bad\.scn:2:\d+: /);
    expect(sim(['--search', '--setup', 'nope']).stderr).toMatch(/no shipped setup 'nope'/);
  });

  it('caps a flood of errors: the first 100, then how many more, in one short stderr', () => {
    const r = sim([write('flood.scn', badLines(200_000))]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.length).toBe(101);
    expect(lines[0]).toMatch(/^flood\.scn:1:1: /);
    expect(lines[100]).toBe('flood.scn:101:1: and 199,900 more errors (only the first 100 are listed)');
  });

  it('escapes control characters in FILE before they reach the terminal', () => {
    const r = sim([write('a\u001b[31mb.scn', 'machine x=1\n')]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toMatch(/^a\\u001b\[31mb\.scn:1:9: unknown machine key "x"/);
  });

  it('exits 2 for an invalid file even when standard error is a closed pipe', () => {
    write('bad.scn', 'machine x=1\n');
    // The reader (`true`) is gone long before node has started and writes its errors.
    const r = spawnSync(
      'bash',
      [
        '-c',
        '"$0" --import "$1" "$2" bad.scn 2>&1 >/dev/null | true; exit ${PIPESTATUS[0]}',
        process.execPath,
        TSX,
        MAIN,
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '', INIT_CWD: '', npm_lifecycle_event: '' },
      },
    );
    expect(r.status).toBe(2);
  });
});
