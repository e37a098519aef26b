/**
 * One sentence per trace event, for the app's event log, the runner's `--trace` and the golden traces.
 * Addresses are hex grouped by 16 bits (`0x1000_0010`) so that a reader can line them up with a page
 * number; frame and page numbers stay decimal, as the kernels print them.
 */

import type { FrameOwner, Rights, TraceEvent } from './events.ts';
import type { Lands } from './outcome.ts';

/** `0x1000_0010`: hex with an underscore every four digits from the right. */
export function hexAddress(n: number): string {
  const digits = n.toString(16);
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 4) groups.unshift(digits.slice(Math.max(0, end - 4), end));
  return '0x' + groups.join('_');
}

function rights(r: Rights): string {
  return r.write ? 'rw' : r.read ? 'r' : 'none';
}

function owner(o: FrameOwner): string {
  switch (o.kind) {
    case 'free':
      return 'free';
    case 'pagetable':
      return `a level-${o.level} page table of pid ${o.pid}`;
    case 'backing':
      return `${o.device} screen ${o.screen} backing store page ${o.page}`;
    case 'region':
      return `${o.device} region ${o.region} page ${o.page}`;
    case 'kbuf':
      return `${o.device} buffer page ${o.page}`;
    case 'clone':
      return `${o.device} instance ${o.instance} page ${o.page}`;
    case 'object':
      return `${o.device} node ${o.node} device pager object page ${o.page} (zero-filled)`;
  }
}

/** `device ttyv page 0` or `RAM frame 12`. */
export function landsWords(l: Lands): string {
  return l.kind === 'ram' ? `RAM frame ${l.frame}` : `device ${l.device} page ${l.page}`;
}

/** The event in words: one short sentence, without a trailing period. */
export function sentence(e: TraceEvent): string {
  switch (e.t) {
    case 'step':
      return e.actor === null ? `step ${e.index + 1}: ${e.op}` : `step ${e.index + 1}: ${e.actor} ${e.op}`;
    case 'process':
      return e.change === 'fork'
        ? `${e.parent ?? '?'} forks ${e.proc} (pid ${e.pid})`
        : `${e.proc} (pid ${e.pid}) ${e.change === 'start' ? 'starts' : e.change === 'exit' ? 'exits' : 'is killed'}`;
    case 'syscall':
      return `${e.proc} calls ${e.name}()`;
    case 'sysret':
      return e.result === 'ok'
        ? `${e.name}() returns ${e.value === null ? '0' : e.name === 'mmap' ? hexAddress(e.value) : e.value}`
        : `${e.name}() fails: ${e.result}${e.why === null ? '' : `: ${e.why}`}`;
    case 'refused':
      return `${e.actor === null ? '' : `${e.actor}: `}${e.op} fails: ${e.result}: ${e.why}`;
    case 'access':
      return `${e.proc} ${e.access}s ${hexAddress(e.vaddr)}`;
    case 'tlb-hit':
      return `TLB hit: vpn ${hexAddress(e.vpn)} -> frame ${e.pfn} (slot ${e.slot})`;
    case 'tlb-miss':
      return `TLB miss for vpn ${hexAddress(e.vpn)}`;
    case 'tlb-fill':
      return (
        `TLB slot ${e.slot} <- vpn ${hexAddress(e.vpn)} -> frame ${e.pfn} ${rights(e.rights)}` +
        (e.evicted ? `, evicting ${e.evicted.proc} vpn ${hexAddress(e.evicted.vpn)}` : '')
      );
    case 'tlb-flush':
      return e.vpn === null
        ? `TLB flush of ${e.proc}: ${e.slots.length} entries`
        : `TLB flush of ${e.proc} vpn ${hexAddress(e.vpn)}` + (e.slots.length ? '' : ' (not cached)');
    case 'walk':
      if (e.table === null) return `walk L1: ${e.proc} has no page table yet`;
      return (
        `walk L${e.level}: table in frame ${e.table}, entry ${e.index}: ` +
        (e.next === null ? 'empty' : e.leaf ? `frame ${e.next}` : `next table in frame ${e.next}`)
      );
    case 'fault':
      return `page fault: ${e.access} at ${hexAddress(e.vaddr)} (${e.reason === 'protection' ? 'protection' : 'not present'})`;
    case 'call':
      return `${e.who} calls ${e.api}: ${e.detail}`;
    case 'return':
      return `${e.api} returns ${e.result}`;
    case 'pte-install':
      return `PTE ${e.proc} vpn ${hexAddress(e.vpn)} -> frame ${e.pfn} ${rights(e.rights)}${e.special ? ' special' : ''}`;
    case 'pte-update':
      return `PTE ${e.proc} vpn ${hexAddress(e.vpn)}: ${rights(e.from)} -> ${rights(e.to)}`;
    case 'pte-zap':
      return `PTE ${e.proc} vpn ${hexAddress(e.vpn)} zapped (was frame ${e.pfn})`;
    case 'table-alloc':
      return `${e.proc}: new level-${e.level} page table in frame ${e.frame}`;
    case 'frame':
      return `frame ${e.frame}: ${owner(e.owner)}`;
    case 'land':
      return `lands in ${landsWords(e.lands)} (physical ${hexAddress(e.paddr)})`;
    case 'mem':
      return e.dropped
        ? `${e.access} at ${hexAddress(e.paddr)} dropped`
        : `${e.access === 'read' ? 'reads' : 'writes'} ${JSON.stringify(e.value)} at ${hexAddress(e.paddr)}`;
    case 'copy':
      return e.direction === 'save'
        ? `${e.device}: framebuffer saved to screen ${e.screen}'s backing store (${e.pages} pages)`
        : `${e.device}: screen ${e.screen}'s backing store loaded into the framebuffer (${e.pages} pages)`;
    case 'signal':
      return `${e.signal} to ${e.proc}${e.fatal ? ', which dies' : ''}: ${e.why}`;
    case 'refcount':
      return `${e.what === 'file' ? 'file' : 'module'} ${e.name} count ${e.count}`;
    case 'vma':
      return `${e.proc}: VMA ${hexAddress(e.start)}-${hexAddress(e.end)} (${e.device}) ${e.change}`;
    case 'fd':
      return `${e.proc}: fd ${e.fd} ${e.change === 'open' ? 'opened on' : 'closed,'} ${e.path}`;
    case 'device':
      if (e.change === 'front') return `${e.device}: screen ${e.screen ?? '?'} comes to the front`;
      if (e.change === 'unload') return `${e.device}: driver module unloaded`;
      return `${e.device}: card ${e.card ?? '?'} ${e.change === 'eject' ? 'ejected' : 'inserted'}`;
    case 'object':
      if (e.change === 'alloc') return `${e.device} node ${e.node}: device pager object made`;
      if (e.change === 'dealloc')
        return `${e.device} node ${e.node}: device pager object freed with its pages`;
      return `${e.device} node ${e.node}: page ${e.index ?? '?'} -> frame ${e.pfn ?? '?'} cached in the object`;
    case 'violation':
      return `${e.on ? 'violation' : 'violation cleared'} ${e.rule}: ${e.sentence}`;
  }
}
