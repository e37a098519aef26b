import { describe, expect, it } from 'vitest';
import { parseScenario, type Diagnostic } from './index.ts';

/** `‸` marks where the one error of a case must be reported; it is removed before parsing. */
const MARK = '‸';

function locate(marked: string): { text: string; line: number; col: number } {
  const lines = marked.split('\n');
  const line = lines.findIndex((l) => l.includes(MARK));
  const col = Array.from(lines[line] ?? '').indexOf(MARK) + 1;
  return { text: marked.replace(MARK, ''), line: line + 1, col };
}

function errorsOf(text: string): Diagnostic[] {
  const r = parseScenario(text);
  return r.ok ? [] : r.errors;
}

// A header that the step cases share: a process with an fd and a mapping, devices of every type.
const H = [
  'device tty vt screens=2',
  'device slot card',
  'device io regs at=0xC0000000',
  'process p',
  'p: open /dev/tty0 -> fd',
  'p: mmap fd 1p -> m',
].join('\n');

const long = (n: number) => 'a'.repeat(n);

/** [rule, file with the error marked, what the message says]. */
const CASES: Array<[string, string, RegExp]> = [
  // Lexical
  ['an unexpected character', 'title "a" ‸;', /unexpected character ';'/],
  ['an uppercase unit', 'device t vt fb=‸4K', /bad number "4K"/],
  ['a number of 2^48', 'machine ram=‸0x1000000000000', /below 2\^48/],
  ['an unterminated string', 'title ‸"abc', /unterminated string/],
  ['an unknown escape', 'title "a‸\\n"', /unknown escape/],
  ['a string of 65 characters', `title ‸"${long(65)}"`, /at most 64 characters/],
  ['a name of 33 characters', `process ‸${long(33)}`, /at most 32 characters/],
  ['a keyword as a name', 'process ‸read', /keyword/],
  ['a keyword as a variable', `${H}\np: open /dev/tty1 -> ‸exit`, /keyword/],
  // Statements
  ['an unknown statement', '‸hello world', /expected a statement/],
  ['a step without its colon', 'process p\np ‸exit', /expected ":" after the process name "p"/],
  ['a second kernel line', 'kernel linux\n‸kernel irix', /a second kernel line \(the first is on line 1\)/],
  ['a second machine line', 'machine\n‸machine ram=2', /a second machine line/],
  [
    'a header line after the first step',
    'process p\np: exit\n‸title "late"',
    /title lines come before the first step/,
  ],
  [
    'a device line after the first step',
    'process p\np: exit\n‸device d clone',
    /device lines come before the first step/,
  ],
  [
    'an unknown kernel',
    'kernel ‸solaris',
    /expected a kernel \(linux, netbsd, irix, netbsd_fo, linux_2_0, freebsd\), found "solaris"/,
  ],
  ['an unknown device type', 'device d ‸tape', /expected a device type/],
  ['an unknown machine key', 'machine ‸colour=2', /unknown machine key "colour"/],
  ['an unknown device key', 'device d vt ‸pages=2', /unknown key "pages" for a vt device/],
  ['a device key given twice', 'device d vt screens=2 ‸screens=3', /screens is given twice/],
  ['a machine key given twice', 'machine ram=4 ‸ram=8', /ram is given twice/],
  ['unmap=yes', 'device d clone unmap=‸yes', /unmap takes only no/],
  ['cloning=no on a vt line', 'device d vt ‸cloning=no', /unknown key "cloning" for a vt device/],
  ['cloning=no on a card line', 'device d card ‸cloning=no', /unknown key "cloning" for a card device/],
  ['cloning=yes', 'device d clone cloning=‸yes', /cloning takes only no/],
  ['cloning given twice', 'device d clone cloning=no ‸cloning=no', /cloning is given twice/],
  ['usecount=all', 'device d kbuf usecount=‸all', /expected open or vma/],
  [
    'usecount given twice',
    'device d regs at=0xC0000000 usecount=vma ‸usecount=open',
    /usecount is given twice/,
  ],
  ['pager=vm', 'device d vt pager=‸vm', /pager takes only device/],
  ['pager on a pseudo device', 'device d pseudo ‸pager=device', /unknown key "pager" for a pseudo device/],
  ['pager on a kbuf device', 'device d kbuf ‸pager=device', /unknown key "pager" for a kbuf device/],
  [
    'pager on a regs device',
    'device d regs at=0xc0000000 ‸pager=device',
    /unknown key "pager" for a regs device/,
  ],
  ['pager given twice', 'device d card pager=device ‸pager=device', /pager is given twice/],
  ['a unit on a count', 'machine ram=‸4k', /count and takes no unit/],
  ['a page size in pages', 'machine pagesize=‸1p', /cannot be given in pages/],
  ['regs without at', 'device r regs‸', /needs at=PHYSADDR/],
  [
    'a list with a trailing comma',
    'device k kbuf holes=1,‸',
    /expected a page index, found the end of the line/,
  ],
  ['a region without its offset', 'device d pseudo regions=a:1‸', /"@"/],
  ['a bad alloc', 'device k kbuf alloc=‸slab', /expected an allocator \(kmalloc, vmalloc\)/],
  ['a bad prot', `${H}\np: mmap fd 1p prot=‸rwz`, /expected a prot \(none, r, w, rw, rx, rwx\), found "rwz"/],
  ['a bad open mode', `${H}\np: open /dev/tty1 ‸rx`, /expected an open mode \(rw, ro, wo\)/],
  ['an unknown mmap option', `${H}\np: mmap fd 1p ‸flags=1`, /expected an mmap option/],
  ['shared and private', `${H}\np: mmap fd 1p shared ‸private`, /shared or private is given twice/],
  ['an arrow on read', `${H}\np: read m ‸-> x`, /-> VAR is allowed only on open, mmap and fork/],
  ['fork without its arrow', 'process p\np: ‸fork', /fork needs -> CHILD/],
  ['an operand too many', `${H}\np: read m ‸4`, /expected the end of the line, found "4"/],
  ['a space inside an address', `${H}\np: read m ‸+ 4`, /no spaces are allowed inside an address/],
  ['a number plus a number', `${H}\np: read 0x10‸+4`, /a variable plus or minus one number/],
  ['a unit on a value', `${H}\np: write m ‸4k`, /a value takes no unit/],
  ['a unit on a file descriptor', `${H}\np: close ‸3k`, /a file descriptor takes no unit/],
  ['none as a card label', 'device c card\ninsert c ‸none', /none is not a card label/],
  ['expect before any step', 'process p\n‸expect ok', /there is no step before this one/],
  ['an unknown errno', `${H}\nexpect ‸EFOO`, /unknown errno "EFOO"/],
  ['an unknown signal', `${H}\nexpect ‸SIGHUP`, /unknown signal "SIGHUP"/],
  ['an unknown rule', `${H}\nexpect violation ‸vt-front`, /unknown rule "vt-front"/],
  ['an unknown expectation', `${H}\nexpect ‸maybe`, /expected an expectation/],
  ['a page number with a unit', `${H}\np: read m\nexpect device tty page ‸1p`, /takes no unit/],
  // Machine ranges
  ['a page size of 2k', 'machine pagesize=‸2k', /4k, 8k or 16k/],
  ['ram=0', 'machine ram=‸0', /ram is at least 1/],
  ['ram=4097', 'machine ram=‸4097', /at most 4,096/],
  ['levels=5', 'machine levels=‸5', /levels is 2, 3 or 4/],
  ['tlb=0', 'machine tlb=‸0', /tlb is at least 1/],
  ['tlb=1025', 'machine tlb=‸1025', /tlb is at most 1,024 entries, found 1,025/],
  ['tlb=2^32', 'machine tlb=‸4294967296', /tlb is at most 1,024 entries, found 4,294,967,296/],
  ['tlb=0xFFFFFFFF', 'machine tlb=‸0xFFFFFFFF', /tlb is at most 1,024 entries/],
  // Device ranges
  ['screens=0', 'device t vt screens=‸0', /screens is 1 to 12/],
  ['screens=13', 'device t vt screens=‸13', /screens is 1 to 12/],
  ['fb that is not whole pages', 'device t vt fb=‸100', /whole number of pages/],
  ['fb=0', 'device t vt fb=‸0', /whole number of pages, at least one/],
  ['fb of 65,537 pages', 'device t vt screens=1 fb=‸65537p', /at most 65,536 pages/],
  ['card pages=0', 'device c card pages=‸0', /pages is at least 1/],
  ['clone pages past the limit', 'device c clone pages=‸65537', /at most 65,536 pages/],
  ['holes with kmalloc', 'device k kbuf alloc=kmalloc ‸holes=1', /holes need alloc=vmalloc/],
  ['a hole past the last page', 'device k kbuf pages=2 holes=‸2', /hole 2 is past the last page/],
  ['a hole twice', 'device k kbuf holes=1,‸1', /hole 1 is listed twice/],
  ['overlapping regions', 'device d pseudo regions=a:2@0,‸b:1@4k', /region b overlaps region a/],
  ['an unaligned region', 'device d pseudo regions=a:1@‸100', /page-aligned/],
  ['a region of no pages', 'device d pseudo regions=a:‸0@0', /at least 1 page/],
  ['a region named twice', 'device d pseudo regions=a:1@0,‸a:1@1p', /a second region named a/],
  ['an alias of an unknown region', 'device d pseudo regions=a:1@0 alias=‸b:a', /alias names region b/],
  ['the default region aliased to an unknown one', 'device d pseudo alias=a:‸c', /alias names region c/],
  ['registers in RAM space', 'device r regs at=‸0xB0000000', /at or above 0xC0000000/],
  ['registers past 2^32', 'device r regs at=‸0xFFFFFF80', /past the end of the 32-bit physical space/],
  ['registers of size 0', 'device r regs at=0xC0000000 size=‸0', /at least 1 byte/],
  [
    'overlapping registers',
    'device a regs at=0xC0000000 size=0x200\ndevice b regs at=‸0xC0000100',
    /overlaps that of a/,
  ],
  [
    'device memory past 0xC0000000',
    'machine pagesize=16k\ndevice a card pages=65536\n‸device b card pages=1',
    /past 0xC0000000/,
  ],
  ['boot memory beyond RAM', 'machine ram=4\n‸device t vt screens=5', /boot-time memory does not fit/],
  [
    'kbuf and regions beyond RAM',
    'machine ram=6\ndevice k kbuf\n‸device d pseudo regions=a:3@0',
    /need 7 RAM frames/,
  ],
  [
    'a shared device node',
    'device tty vt\ndevice ‸tty1 card',
    /\/dev\/tty1 would belong to both tty and tty1/,
  ],
  ['a device named twice', 'device d clone\ndevice ‸d card', /a second device named d/],
  ['a size past 2^48 once its unit applies', `${H}\np: mmap fd 1p off=‸0xFFFFFFFFFFFFp`, /too large/],
  // Names that do not exist at that point
  ['an unknown process', `${H}\n‸q: exit`, /unknown process q/],
  ['a process used before its line', 'device d clone\n‸q: exit\nprocess q', /unknown process q/],
  ['a process declared twice', 'process p\nprocess ‸p', /declared twice/],
  ['a process declared again between steps', 'process p\np: exit\nprocess ‸p', /declared twice/],
  ['an unknown variable', `${H}\np: read ‸buf`, /unknown variable buf in process p/],
  ['a variable of another process', `${H}\nprocess q\nq: read ‸m+1`, /unknown variable m in process q/],
  ['a variable set later', `${H}\np: read ‸later\np: open /dev/tty0 -> later`, /unknown variable later/],
  ['an unknown fd variable', `${H}\np: mmap ‸f 1p`, /unknown variable f/],
  ['an unknown variable in at=', `${H}\np: mmap fd 1p at=‸z+4`, /unknown variable z/],
  [
    'a variable of a child forked earlier',
    `${H}\np: fork -> c\nc: open /dev/slot -> x\np: close ‸x`,
    /unknown variable x in process p/,
  ],
  ['an unknown path', `${H}\np: open ‸/dev/tty2`, /no device node \/dev\/tty2/],
  [
    'a fork child named like a declared process',
    `${H}\np: fork -> ‸p`,
    /taken by the process declared on line 4/,
  ],
  [
    'a fork child named like a later process line',
    `${H}\np: fork -> ‸q\nprocess q`,
    /taken by the process declared/,
  ],
  [
    'a fork child named like an earlier child',
    `${H}\np: fork -> c\np: fork -> ‸c`,
    /taken by an earlier fork child/,
  ],
  ['an unknown device', `${H}\nunload ‸nope`, /unknown device nope/],
  ['switch on a card', `${H}\nswitch ‸slot 0`, /switch needs a vt device, and slot is a card/],
  ['eject on a vt', `${H}\neject ‸tty`, /eject needs a card device/],
  ['insert on regs', `${H}\ninsert ‸io B`, /insert needs a card device, and io is a regs/],
  [
    'a screen past the last',
    `${H}\nswitch tty ‸2`,
    /screen 2 is past the last screen of tty \(screens 0 to 1\)/,
  ],
  ['an unknown device in expect device', `${H}\np: read m\nexpect device ‸nope`, /unknown device nope/],
  ['an unknown device in expect users', `${H}\np: read m\nexpect users ‸nope 1`, /unknown device nope/],
  ['expect users without a count', `${H}\np: read m\nexpect users tty‸`, /expected a use count/],
  ['expect users with a unit', `${H}\np: read m\nexpect users tty ‸2p`, /count and takes no unit/],
  ['a mapping of 65,537 pages', `${H}\np: mmap fd ‸65537p`, /at most 65,536 pages/],
  // Expectations that cannot follow their step
  ['expect fault after open', `${H}\n‸expect fault`, /can follow only a read or write step, not mmap/],
  ['expect SIGBUS after a device step', `${H}\nswitch tty 1\n‸expect SIGBUS`, /not switch/],
  ['expect ram after mprotect', `${H}\np: mprotect m 1p r\n‸expect ram`, /not mprotect/],
  ['expect device after close', `${H}\np: close fd\n‸expect device tty`, /not close/],
  ['expect value after write', `${H}\np: write m 1\n‸expect value 1`, /only a read step, not write/],
];

describe('each rule of "What makes a file invalid" is reported where it is broken', () => {
  it.each(CASES)('%s', (_rule, marked, message) => {
    const { text, line, col } = locate(marked);
    const errors = errorsOf(text);
    expect(errors).toEqual([{ line, col, message: expect.stringMatching(message) }]);
  });
});

describe('the same files without the mistake are valid', () => {
  const valid: Array<[string, string]> = [
    ['the header', H],
    ['12 screens and the last one', `device t vt screens=12\nprocess p\nswitch t 11`],
    ['registers that share a page', 'device a regs at=0xC0000000 size=0x100\ndevice b regs at=0xC0000100'],
    ['device memory that ends at 0xC0000000', 'machine pagesize=16k\ndevice a card pages=65536'],
    ['boot memory that fills RAM', 'machine ram=10\ndevice t vt screens=5 fb=2p'],
    ['a hole in each page but one', 'device k kbuf pages=3 holes=2,0'],
    ['regions with gaps, out of order, and an alias', 'device d pseudo regions=b:1@2p,a:1@0 alias=b:a'],
    ['a mapping of 65,536 pages', `${H}\np: mmap fd 65536p`],
    ['a variable set by a step that will fail', `${H}\np: mmap 99 0 off=3 -> bad\np: read bad`],
    [
      'runtime errors: zero lengths, unaligned values',
      `${H}\np: mmap fd 0 off=1 at=m+1 -> z\np: munmap 1 0\np: mprotect m-1 3 rwx`,
    ],
    ['a process started between steps', `${H}\nprocess q\nq: open /dev/slot -> s`],
    ['a fork child using inherited variables', `${H}\np: fork -> c\nc: read m\nc: close fd`],
    ['64 processes', Array.from({ length: 64 }, (_, i) => `process p${i}`).join('\n')],
  ];
  it.each(valid)('%s', (_name, text) => {
    expect(errorsOf(text)).toEqual([]);
  });
});

describe('every error in the file is reported', () => {
  it('reports errors on many lines, sorted by line and column', () => {
    const text = [
      'kernel bsd',
      'machine ram=0 levels=7',
      'device t vt screens=20',
      'process p',
      'p: read nowhere',
      'p: bogus',
      'q: exit',
      'switch t 99',
      'expect SIGBUS',
    ].join('\n');
    const errors = errorsOf(text);
    expect(errors.map((e) => [e.line, e.col])).toEqual([
      [1, 8],
      [2, 13],
      [2, 22],
      [3, 21],
      [5, 9],
      [6, 4],
      [7, 1],
      [8, 10],
      [9, 1],
    ]);
  });

  it('goes on after a syntax error on a line, keeping what the line declares', () => {
    const text = `${H}\np: mmap fd 1p prot=bad -> w\np: read w\np: fork; -> c\nc: read m\nc: read nope`;
    const errors = errorsOf(text);
    expect(errors.map((e) => e.line)).toEqual([7, 9, 11]);
    expect(errors[2]?.message).toMatch(/unknown variable nope/);
  });

  it('reports several mistakes in one device line', () => {
    const errors = errorsOf('device d kbuf pages=0 colour=red alloc=kmalloc holes=1');
    expect(errors.map((e) => e.col)).toEqual([21, 23, 48]);
  });

  it('counts columns in characters, not UTF-16 units', () => {
    const errors = errorsOf('title "𝄞𝄞" ;');
    expect(errors).toEqual([{ line: 1, col: 12, message: expect.stringContaining("';'") }]);
  });
});
