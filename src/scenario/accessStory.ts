/**
 * The story of a read or a write, from its trace: the TLB and the walk, the fault and who handles it with
 * which kernel call, and what the access found or the signal that ended it.
 */

import type { TraceEvent } from '../sim/events.ts';
import { landsWords } from '../sim/sentence.ts';
import { apiWho, sentenceCase, type StepSeen } from './stepWords.ts';

type Call = Extract<TraceEvent, { t: 'call' }>;

const OUTSIDE = 'the address is outside the address space';

/** How the translation went before any fault: the TLB, then the walk. */
function translation(before: readonly TraceEvent[], access: string, faulted: boolean): string {
  const hit = before.find((e) => e.t === 'tlb-hit');
  if (hit) return faulted ? `the TLB entry does not allow the ${access}` : 'the TLB has the translation';
  if (!before.some((e) => e.t === 'tlb-miss')) return OUTSIDE;
  let found = false;
  for (const e of before) if (e.t === 'walk' && e.leaf && e.next !== null) found = true;
  if (!found) return 'the TLB has no entry and the walk finds none';
  return faulted
    ? `the TLB has no entry, and the walk finds a PTE that does not allow the ${access}`
    : 'the TLB has no entry; the walk finds the PTE and fills the TLB';
}

/** Who handles the fault, with which calls, and how it ends: a page mapped, a PTE upgraded, a signal. */
function handling(after: readonly TraceEvent[], kernel: string, actor: string, where: string | null): string {
  const calls = after.filter((e): e is Call => e.t === 'call');
  const signal = after.find((e) => e.t === 'signal');
  const ret = [...after].reverse().find((e) => e.t === 'return');
  const installed = after.some((e) => e.t === 'pte-install');
  const upgraded = after.some((e) => e.t === 'pte-update');
  const [first, ...rest] = calls;
  const gets = signal ? `, so ${actor} gets ${signal.signal}: ${signal.why}` : '';
  // No handler asked: the kernel's own check (no mapping, the mapping's protection) said no.
  if (!first) return signal ? `, and ${actor} gets ${signal.signal}: ${signal.why}` : '';
  // freebsd's device pager object had the page: say so, as the driver is not asked.
  let words =
    first.api === 'vm_page_lookup'
      ? `; ${kernel}'s vm_page_lookup finds that ${first.detail}`
      : `; ${kernel} calls ${apiWho(first, kernel)}`;
  // The last call maps the page (vmf_insert_pfn, pmap_enter); those between ask the driver (d_mmap).
  const mapper = installed ? rest.pop() : undefined;
  for (const c of rest) words += `, which calls ${apiWho(c, kernel)}`;
  if (mapper) return `${words}, and ${mapper.api} maps ${where ?? 'the page'}`;
  if (upgraded) return `${words}, which ${first.detail}`;
  if (ret && signal) {
    const returns = ret.api === (rest.at(-1) ?? first).api ? ', which returns' : `; ${ret.api} returns`;
    return `${words}${returns} ${ret.result}${gets}`;
  }
  return words + gets;
}

/** What the access found (value, place) or what the signal did to the process. */
function ending(seen: StepSeen, verb: 'read' | 'write', where: string | null, mapped: boolean): string {
  const { row, events } = seen;
  const signal = events.find((e) => e.t === 'signal');
  if (signal) {
    if (!signal.fatal)
      return `The ${verb} is abandoned; ${row.actor}'s handler records ${signal.signal} and it goes on.`;
    if (signal.signal === 'SIGKILL')
      return `${row.actor} is killed, and its mappings and files go as at exit.`;
    return `${row.actor} has no handler, so ${signal.signal} kills it: its mappings and files go as at exit.`;
  }
  const mem = events.find((e) => e.t === 'mem');
  // After a fault the handling already said where the page is; a hit or a walk says it here.
  const from = mapped ? '' : ` from ${where ?? 'memory'}`;
  if (verb === 'read') return `The read returns ${JSON.stringify(row.value ?? '')}${from}.`;
  if (mem?.dropped) return `The write reaches ${where ?? 'memory'}, which keeps nothing: it is dropped.`;
  return mapped ? 'The write lands there.' : `It lands in ${where ?? 'memory'}.`;
}

/** `cam reads win. The TLB has no entry and the walk finds none, so it page-faults; ... The read returns "photo1".` */
export function accessStory(seen: StepSeen): string[] {
  const { row, events } = seen;
  const actor = row.actor ?? '?';
  const m = /^(read|write)\s+(\S+)\s*(.*)$/.exec(row.text.trim());
  const verb = m?.[1] === 'write' ? 'write' : 'read';
  const addr = m?.[2] ?? '?';
  const mem = events.find((e) => e.t === 'mem');
  const value = mem && verb === 'write' ? JSON.stringify(mem.value) : m?.[3] || '"x"';
  const subject = verb === 'read' ? `${actor} reads ${addr}.` : `${actor} writes ${value} to ${addr}.`;
  const at = events.findIndex((e) => e.t === 'fault');
  const faulted = at >= 0;
  const where = row.lands ? landsWords(row.lands) : null;
  let how = translation(faulted ? events.slice(0, at) : events, verb, faulted);
  if (how === OUTSIDE) how += `, so ${actor} gets ${row.signal ?? 'SIGSEGV'}`;
  else if (faulted)
    how += ', so it page-faults' + handling(events.slice(at + 1), seen.after.kernel, actor, where);
  const mapped = faulted && events.some((e) => e.t === 'pte-install');
  return [subject, `${sentenceCase(how)}.`, ending(seen, verb, where, mapped)];
}
