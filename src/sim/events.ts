/**
 * The trace: every step yields a list of these, fine enough for the views to animate one movement
 * per event. Kernel and driver calls keep their real API names (`api`) so a reader can look them up.
 */

import type { Errno, Prot, Rule, Signal } from './spec.ts';
import type { Lands } from './outcome.ts';

/** A leaf translation's rights, as a PTE or TLB entry holds them (events may carry the PTE itself: PTEs are immutable). */
export interface Rights {
  read: boolean;
  write: boolean;
}

/** Who a RAM frame belongs to. */
export type FrameOwner =
  | { kind: 'free' }
  | { kind: 'pagetable'; pid: number; level: number }
  | { kind: 'backing'; device: string; screen: number; page: number }
  | { kind: 'region'; device: string; region: string; page: number }
  | { kind: 'kbuf'; device: string; page: number }
  | { kind: 'clone'; device: string; instance: number; page: number }
  /** freebsd: a page the device pager object of node `node` zero-filled when `d_mmap` had none. */
  | { kind: 'object'; device: string; node: number; page: number };

/** A VMA as the views draw it (names, not engine indices). */
export interface VmaView {
  id: number;
  start: number;
  end: number;
  prot: Prot;
  shared: boolean;
  /** Byte offset into the device of `start`. */
  off: number;
  device: string;
  /** The device node it was mapped through (`/dev/ttyv1`). */
  path: string;
  /** card: the card the mapping was made for. */
  card: string | null;
}

export type TraceEvent =
  | { t: 'step'; index: number; line: number; actor: string | null; op: string }
  | { t: 'process'; proc: string; pid: number; change: 'start' | 'fork' | 'exit' | 'killed'; parent?: string }
  | { t: 'syscall'; proc: string; name: string }
  | {
      t: 'sysret';
      proc: string;
      name: string;
      result: 'ok' | Errno;
      /** The variable the step sets (`-> VAR`), and its value now (-1 after a failure); null for none. */
      into: string | null;
      value: number | null;
      /** Why it failed, in words (the check that refused it); null when it returned ok. */
      why: string | null;
    }
  /**
   * A step refused with no system call made: a device step (a switch, an eject, an insert, an unload)
   * that fails, or any step of a process that is gone (ESRCH). `device`: the device step's device.
   */
  | { t: 'refused'; actor: string | null; device: string | null; op: string; result: Errno; why: string }
  | { t: 'access'; proc: string; access: 'read' | 'write'; vaddr: number }
  | { t: 'tlb-hit'; proc: string; vpn: number; pfn: number; slot: number }
  | { t: 'tlb-miss'; proc: string; vpn: number }
  | {
      t: 'tlb-fill';
      proc: string;
      vpn: number;
      pfn: number;
      slot: number;
      rights: Rights;
      evicted: { proc: string; vpn: number } | null;
    }
  | { t: 'tlb-flush'; proc: string; vpn: number | null; slots: number[] }
  | {
      t: 'walk';
      proc: string;
      /** 1 is the top level. */
      level: number;
      /** The table's frame; null when the process has no top-level table yet. */
      table: number | null;
      index: number;
      /** The next table's frame, the leaf's page frame number, or null for an empty entry. */
      next: number | null;
      leaf: boolean;
    }
  | {
      t: 'fault';
      proc: string;
      vaddr: number;
      access: 'read' | 'write';
      reason: 'not-present' | 'protection';
    }
  | { t: 'call'; api: string; who: string; detail: string }
  | { t: 'return'; api: string; who: string; result: string }
  | { t: 'pte-install'; proc: string; vpn: number; pfn: number; rights: Rights; special: boolean }
  | { t: 'pte-update'; proc: string; vpn: number; pfn: number; from: Rights; to: Rights }
  | { t: 'pte-zap'; proc: string; vpn: number; pfn: number }
  | {
      t: 'table-alloc';
      proc: string;
      level: number;
      frame: number;
      /** The table one level up that now points here, and the entry; null for the top level. */
      parent: number | null;
      index: number;
    }
  | { t: 'frame'; frame: number; owner: FrameOwner }
  | { t: 'land'; proc: string; paddr: number; lands: Lands }
  | { t: 'mem'; access: 'read' | 'write'; paddr: number; value: string; dropped: boolean }
  /** A terminal switch: `save` copies the framebuffer into `screen`'s backing store, `load` the reverse. */
  | { t: 'copy'; device: string; direction: 'save' | 'load'; screen: number; pages: number }
  | { t: 'signal'; proc: string; signal: Signal; fatal: boolean; why: string }
  | { t: 'refcount'; what: 'file' | 'module'; name: string; count: number }
  | {
      t: 'vma';
      proc: string;
      change: 'map' | 'unmap' | 'split' | 'protect';
      start: number;
      end: number;
      device: string;
      /** The process's VMAs after the change. */
      after: VmaView[];
    }
  | { t: 'fd'; proc: string; fd: number; change: 'open' | 'close'; path: string }
  | {
      t: 'device';
      device: string;
      change: 'front' | 'eject' | 'insert' | 'unload';
      /** front: the screen now in front. */
      screen: number | null;
      /** eject, insert: the card. */
      card: string | null;
    }
  /**
   * freebsd's device pager object of a device node (a vt's screen, else 0): made at the node's first
   * mapping (`alloc`), a page cached at a fault (`cache`, page `index` -> frame `pfn`), or freed with
   * every cached page when the node's last mapping goes (`dealloc`).
   */
  | {
      t: 'object';
      device: string;
      node: number;
      change: 'alloc' | 'cache' | 'dealloc';
      index: number | null;
      pfn: number | null;
    }
  | {
      t: 'violation';
      rule: Rule;
      proc: string;
      vpn: number;
      via: 'pte' | 'tlb';
      on: boolean;
      sentence: string;
    };

export type TraceEventType = TraceEvent['t'];
