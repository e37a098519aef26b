/** The story of a system call other than an access: open, close, mmap, munmap, mprotect, fork, exit. */

import type { TraceEvent } from '../sim/events.ts';
import { hexAddress } from '../sim/sentence.ts';
import { apiWho, eventsOf, plural, rangeWords, zappedProcs, type StepSeen } from './stepWords.ts';

interface Told {
  actor: string;
  kernel: string;
  /** The operation's arguments as written (`/dev/slot -> fd`, `fd 2p private -> win`). */
  args: string[];
  events: readonly TraceEvent[];
  sysret: Extract<TraceEvent, { t: 'sysret' }> | undefined;
}

/** The driver's and the kernel's calls of the step, said as `linux calls f_op->mmap (slot card driver)`. */
function calls(t: Told, apis?: readonly string[]): string[] {
  return eventsOf(t.events, 'call')
    .filter((c) => !apis || apis.includes(c.api))
    .map((c) => apiWho(c, t.kernel));
}

function open(t: Told): string {
  const fd = eventsOf(t.events, 'fd').find((e) => e.change === 'open');
  const [call] = calls(t);
  const instance = eventsOf(t.events, 'frame').filter((e) => e.owner.kind === 'clone').length;
  const made =
    instance > 0 ? `, which gives this open its own instance (${plural(instance, 'page')} of RAM)` : '';
  return `${t.actor} opens ${fd?.path ?? t.args[0]}: ${t.kernel} calls ${call ?? 'the driver'}${made}, and ${t.actor} gets fd ${fd?.fd ?? '?'}.`;
}

function close(t: Told): string {
  const fd = eventsOf(t.events, 'fd').find((e) => e.change === 'close');
  const released = eventsOf(t.events, 'call').find((c) => c.who !== t.kernel);
  const what = `${t.actor} closes fd ${fd?.fd ?? '?'} (${fd?.path ?? '?'})`;
  if (released)
    return `${what}. It was the last reference to the open file, so ${apiWho(released, t.kernel)} runs.`;
  return `${what}. The open file stays: a mapping, or a forked copy of the descriptor, still holds it.`;
}

/** Calls that are neither the driver's mmap hook nor what fills the PTEs: a private map made shared, a use count. */
const BOOKKEEPING: ReadonlySet<string> = new Set(['mmap', 'MOD_INC_USE_COUNT', 'MOD_DEC_USE_COUNT']);

function mmap(t: Told): string {
  const vma = eventsOf(t.events, 'vma').find((e) => e.change === 'map');
  if (!vma) return `${t.actor} asks to map ${t.args.join(' ')}.`;
  const replaced = eventsOf(t.events, 'vma').some((e) => e.change === 'unmap')
    ? ', replacing what was there'
    : '';
  const [hook, eager] = eventsOf(t.events, 'call').filter(
    (c) => (c.who !== 'netbsd' || c.api === 'udv_attach') && !BOOKKEEPING.has(c.api),
  );
  const asks = hook
    ? `; ${t.kernel} calls ${apiWho(hook, t.kernel)}${hook.who === t.kernel ? ` (${hook.detail})` : ''}`
    : '';
  const installs = eventsOf(t.events, 'pte-install').length;
  const now =
    eager && installs > 0
      ? `, and ${eager.api} fills its ${plural(installs, 'PTE')} now, so it never faults`
      : ': no PTE is made yet, so the first touch of each page faults';
  const returned = t.sysret?.value ?? vma.start;
  const at =
    returned === vma.start
      ? ''
      : ` (mmap returns ${hexAddress(returned)}, adding the offset's in-page part back)`;
  return `${t.actor} maps ${vma.device} at ${rangeWords(vma)}${replaced}${at}${asks}${now}.`;
}

function munmap(t: Told): string {
  const gone = eventsOf(t.events, 'vma').filter((e) => e.change === 'unmap');
  if (gone.length === 0)
    return `${t.actor} unmaps ${t.args.join(' ')}: nothing is mapped there, so nothing changes.`;
  const { count } = zappedProcs(t.events);
  const told = calls(t, ['vm_ops->close', 'drvunmap', 'pgo_detach']);
  // irix without drvunmap: the ENODEV sentence after this one says so.
  const none = eventsOf(t.events, 'return').some((e) => e.api === 'drvunmap');
  const driver = told.length > 0 ? `; ${t.kernel} calls ${told[0]}` : none ? '' : '; the driver is not told';
  const released = calls(t, ['f_op->release', 'd_close', 'close (D2X)', 'fo_close']);
  const release = released.length > 0 ? `, and, as only the mapping held the open file, ${released[0]}` : '';
  return `${t.actor} unmaps ${gone.map(rangeWords).join(' and ')}: ${plural(count, 'PTE')} zapped${driver}${release}.`;
}

function mprotect(t: Told): string {
  const changed = eventsOf(t.events, 'vma').filter((e) => e.change === 'protect');
  const prot = t.args[2] ?? '?';
  if (changed.length === 0) return `${t.actor} asks for prot=${prot} on an empty range: nothing changes.`;
  const lowered = eventsOf(t.events, 'pte-update').length;
  const ptes =
    lowered > 0
      ? `; ${plural(lowered, 'PTE')} lowered, and the TLB's copies flushed`
      : '; no PTE changes now: an access that needs more rights faults and gets them then';
  return `${t.actor} sets ${changed.map(rangeWords).join(' and ')} to prot=${prot}${ptes}.`;
}

function fork(t: Told): string {
  const born = eventsOf(t.events, 'process').find((e) => e.change === 'fork');
  if (!born) return `${t.actor} forks.`;
  const maps = eventsOf(t.events, 'vma').filter((e) => e.proc === born.proc).length;
  const opened =
    calls(t, ['vm_ops->open']).length > 0
      ? ' (vm_ops->open runs for each)'
      : calls(t, ['pgo_reference']).length > 0
        ? ' (pgo_reference takes a reference to each object)'
        : '';
  const copied = eventsOf(t.events, 'pte-install').filter((e) => e.proc === born.proc).length;
  const ptes =
    copied > 0
      ? `; ${plural(copied, 'PTE')} copied, so the child does not fault on those pages`
      : '; no PTE is copied: the child faults in its own';
  return `${t.actor} forks ${born.proc} (pid ${born.pid}), which shares its open files and gets copies of its ${plural(maps, 'mapping')}${opened}${ptes}.`;
}

function exit(t: Told): string {
  const maps = eventsOf(t.events, 'vma').filter((e) => e.change === 'unmap').length;
  const { count } = zappedProcs(t.events);
  const fds = eventsOf(t.events, 'fd').length;
  return `${t.actor} exits: ${plural(maps, 'mapping')} unmapped (${plural(count, 'PTE')} zapped), ${plural(fds, 'descriptor')} closed, its page tables freed.`;
}

const TELLERS: Record<string, (t: Told) => string> = { open, close, mmap, munmap, mprotect, fork, exit };

/** A syscall's story; a failed one says its errno and why (munmap's ENODEV after the unmap it did). */
export function syscallStory(seen: StepSeen): string[] {
  const [op = '', ...args] = seen.row.text.trim().split(/\s+/);
  const sysret = seen.events.find((e) => e.t === 'sysret');
  const t: Told = {
    actor: seen.row.actor ?? '?',
    kernel: seen.after.kernel,
    args,
    events: seen.events,
    sysret,
  };
  const failed = sysret && sysret.result !== 'ok' ? sysret : null;
  // A failed call changed nothing, except munmap, which unmaps before irix's missing drvunmap says ENODEV.
  if (failed && !(op === 'munmap' && failed.result === 'ENODEV'))
    return [`${t.actor}'s ${op} fails with ${failed.result}: ${failed.why ?? 'no reason given'}.`];
  const told = (TELLERS[op] ?? ((x: Told) => `${x.actor} calls ${op}.`))(t);
  return failed ? [told, `munmap returns ${failed.result}: ${failed.why}.`] : [told];
}
