import { describe, expect, it } from 'vitest';

import { completeAt } from './complete.ts';
import { hoverAt } from './hover.ts';
import { editDistance, quickFixes } from './quickFix.ts';

const HEAD = `kernel linux
device ttyv vt screens=3
device slot card card=A
process shell
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p -> scr
insert slot B
`;

/** The labels offered with the cursor at the end of `text`, or at `|` when it has one. */
function offered(text: string): string[] {
  const pos = text.includes('|') ? text.indexOf('|') : text.length;
  const r = completeAt(text.replace('|', ''), pos);
  return r?.options.map((o) => o.label) ?? [];
}

describe('completion', () => {
  it('offers the step words after NAME:, mmap among them, each with its form', () => {
    const labels = offered(`${HEAD}shell: mm`);
    expect(labels).toContain('mmap');
    expect(labels).toEqual(['open', 'close', 'mmap', 'munmap', 'mprotect', 'read', 'write', 'fork', 'exit']);
    const r = completeAt(`${HEAD}shell: mm`, `${HEAD}shell: mm`.length);
    expect(r?.from).toBe(`${HEAD}shell: `.length);
    expect(r?.options.find((o) => o.label === 'mmap')?.detail).toMatch(/^PROC: mmap FD LEN/);
  });

  it('offers the errnos, signals and checks after expect', () => {
    const labels = offered(`${HEAD}expect E`);
    expect(labels).toEqual(
      expect.arrayContaining(['EINVAL', 'ENXIO', 'EWOULDBLOCK', 'SIGBUS', 'ok', 'violation']),
    );
    expect(offered(`${HEAD}expect violation vt`)).toContain('vt-foreground');
    expect(offered(`${HEAD}expect device `)).toEqual(['ttyv', 'slot']);
    expect(offered(`${HEAD}expect device ttyv `)).toEqual(['page']);
    expect(offered(`${HEAD}expect users `)).toEqual(['ttyv', 'slot']);
  });

  it("offers device types, then the type's keys with their defaults, then a key's values", () => {
    expect(offered('device buf ')).toEqual(['vt', 'card', 'pseudo', 'kbuf', 'regs', 'clone']);
    const r = completeAt('device buf kbuf ', 16);
    expect(r?.options.map((o) => o.label)).toEqual([
      'pages=',
      'alloc=',
      'holes=',
      'unmap=',
      'usecount=',
      'driver=',
    ]);
    expect(r?.options[0]?.detail).toBe('pages=N (default 4)');
    expect(offered('device buf kbuf alloc=')).toEqual(['vmalloc', 'kmalloc']);
    expect(offered('device ttyv vt pager=')).toEqual(['device']);
    expect(offered('device buf kbuf usecount=')).toEqual(['vma', 'open']);
    expect(offered('device ptm clone cloning=')).toEqual(['no']);
    expect(offered('machine ')).toEqual(['pagesize=', 'ram=', 'levels=', 'tlb=']);
    expect(offered('machine pagesize=')).toEqual(['4k', '8k', '16k']);
  });

  it('offers a driver block\u2019s type, its hooks with their defaults, their choices, and blocks for driver=', () => {
    expect(offered('driver mine ')).toEqual(['vt', 'card', 'pseudo', 'kbuf', 'regs', 'clone']);
    const r = completeAt('driver mine card ', 17);
    expect(r?.options.map((o) => o.label)).toEqual([
      'checks=',
      'maps=',
      'signal=',
      'unmap=',
      'state=',
      'usecount=',
      'eject=',
      'insert=',
    ]);
    expect(r?.options.find((o) => o.label === 'eject=')?.detail).toBe('eject=all|none (default all)');
    expect(offered('driver mine vt\n  switch=')).toEqual(['both', 'old', 'new', 'all', 'none']);
    expect(offered('driver mine card\n  eject=none\n  checks=')).toEqual(['range', 'slot', 'none']);
    expect(offered('driver mine vt\n  ')).toContain('switch=');
    expect(offered('driver mine vt\nprocess p\n  unmap=')).toEqual(['no']);
    const text = 'driver a card\ndriver b vt\ndevice s card driver=';
    expect(offered(text)).toEqual(['a']);
    expect(hoverAt('driver a card\n  eject=none', 18)?.entry.id).toBe('hook:eject');
    expect(hoverAt('driver a card eject=none', 2)?.entry.id).toBe('line:driver');
    expect(hoverAt('driver a card eject=none', 10)?.entry.id).toBe('device:card');
  });

  it("offers the scenario's own processes, devices, paths, descriptors, variables and card labels", () => {
    expect(offered(`${HEAD}sh`)).toContain('shell:');
    expect(offered(`${HEAD}shell: open `)).toEqual(['/dev/ttyv0', '/dev/ttyv1', '/dev/ttyv2', '/dev/slot']);
    expect(offered(`${HEAD}shell: mmap `)).toEqual(['fd', 'scr']);
    expect(offered(`${HEAD}shell: read `)).toEqual(['fd', 'scr']);
    expect(offered(`${HEAD}switch `)).toEqual(['ttyv']);
    expect(offered(`${HEAD}eject `)).toEqual(['slot']);
    expect(offered(`${HEAD}insert slot `)).toEqual(['A', 'B']);
    expect(offered(`${HEAD}shell: mmap fd 1p prot=`)).toEqual(['none', 'r', 'w', 'rw', 'rx', 'rwx']);
    // A variable is offered only after the line that sets it, and only to its own process.
    expect(offered(`process a\nprocess b\na: open /dev/x -> fd\nb: close |`)).toEqual([]);
    expect(offered(`process a\n|\na: open /dev/x -> fd\n`)).toContain('a:');
  });

  it('offers nothing in narration, comments or after the arrow', () => {
    expect(completeAt('> shell: mm', 11)).toBeNull();
    expect(completeAt('shell: mmap # mm', 16)).toBeNull();
    expect(offered(`${HEAD}shell: open /dev/ttyv0 -> `)).toEqual([]);
  });

  it("offers a line's first words: statements, device steps and the processes", () => {
    const labels = offered(`${HEAD}`);
    expect(labels).toEqual(
      expect.arrayContaining(['shell:', 'title', 'device', 'expect', 'switch', 'eject']),
    );
  });
});

describe('hover', () => {
  const text = `${HEAD}expect EINVAL\nshell: munmap scr 1p\nexpect violation vt-foreground\n`;
  const at = (word: string, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(word, i + 1);
    return hoverAt(text, i + 1);
  };

  it('shows the entry of a step word, a keyword, an errno, a rule, a device type and a key', () => {
    expect(at('mmap')?.entry.id).toBe('step:mmap');
    expect(at('expect')?.entry.id).toBe('line:expect');
    expect(at('EINVAL')?.entry.id).toBe('errno:EINVAL');
    expect(at('vt-foreground')?.entry.id).toBe('rule:vt-foreground');
    expect(at(' vt ')?.entry.id ?? hoverAt(text, text.indexOf(' vt ') + 2)?.entry.id).toBe('device:vt');
    expect(at('screens')?.entry.id).toBe('key:vt.screens');
    expect(at('card=')?.entry.id).toBe('key:card.card');
    expect(at('insert')?.entry.id).toBe('step:insert');
    const h = at('munmap');
    expect(h && text.slice(h.from, h.to)).toBe('munmap');
  });

  it("shows nothing for the scenario's own names", () => {
    expect(at('scr', 1)).toBeNull();
    expect(hoverAt(text, text.indexOf('shell') + 1)).toBeNull();
  });
});

describe('quick fixes', () => {
  it('an unknown key offers the keys the line takes, nearest first', () => {
    const fixes = quickFixes('unknown key "page" for a kbuf device (keys: pages, alloc, holes, unmap)');
    expect(fixes.map((f) => f.insert)).toEqual(['pages', 'holes', 'alloc', 'unmap']);
    expect(fixes[0]?.name).toBe('Use pages');
    expect(quickFixes('unknown machine key "rams" (keys: pagesize, ram, levels, tlb)')[0]?.insert).toBe(
      'ram',
    );
  });

  it('a misspelt errno, rule, kernel, type or operation offers the nearest', () => {
    const errnos =
      'EACCES, EBADF, EBUSY, EEXIST, EFAULT, EINVAL, ENODEV, ENOENT, ENOMEM, ENXIO, EPERM, ESRCH, EWOULDBLOCK';
    expect(quickFixes(`unknown errno "EINVLA" (errnos: ${errnos})`)[0]?.insert).toBe('EINVAL');
    expect(quickFixes(`unknown errno "ENXOI" (errnos: ${errnos})`)[0]?.insert).toBe('ENXIO');
    expect(
      quickFixes(
        'unknown rule "vt-forground" (rules: vt-foreground, card-present, device-bounds, per-open)',
      )[0]?.insert,
    ).toBe('vt-foreground');
    expect(quickFixes('expected a kernel (linux, netbsd, irix), found "linx"')[0]?.insert).toBe('linux');
    expect(
      quickFixes(
        'expected an operation (open, close, mmap, munmap, mprotect, read, write, fork, exit), found "mmpa"',
      )[0]?.insert,
    ).toBe('mmap');
    expect(
      quickFixes('expected a device type (vt, card, pseudo, kbuf, regs, clone), found "vtt"')[0]?.insert,
    ).toBe('vt');
  });

  it('offers nothing far off, and nothing for other messages', () => {
    expect(quickFixes('expected a kernel (linux, netbsd, irix), found "windows"')).toEqual([]);
    expect(quickFixes('device lines come before the first step')).toEqual([]);
    expect(editDistance('EINVLA', 'EINVAL')).toBe(2);
  });
});

describe("quick fixes on the parser's own messages", () => {
  it('the first fix of each message makes the line valid', async () => {
    const { parseScenario } = await import('../scenario/index.ts');
    const bad =
      'kernel linx\ndevice d kbuf page=3\nprocess p\np: mmpa 3 1p\np: open /dev/d -> fd\nexpect EINVLA\n';
    let text = bad;
    for (let round = 0; round < 6; round++) {
      const r = parseScenario(text);
      if (r.ok) break;
      const e = r.errors[0]!;
      const fix = quickFixes(e.message)[0];
      expect(fix, e.message).toBeDefined();
      const lines = text.split('\n');
      const line = lines[e.line - 1]!;
      const word = /^[\w-]+/.exec(line.slice(e.col - 1))?.[0] ?? '';
      lines[e.line - 1] = line.slice(0, e.col - 1) + fix!.insert + line.slice(e.col - 1 + word.length);
      text = lines.join('\n');
    }
    expect(text).toBe(
      'kernel linux\ndevice d kbuf pages=3\nprocess p\np: mmap 3 1p\np: open /dev/d -> fd\nexpect EINVAL\n',
    );
  });
});
