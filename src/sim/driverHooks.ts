/**
 * A driver as its hooks: what its mmap checks and when it maps, what its fault hands out, what a
 * switch, an eject and an insert do to the mappings already made, whether it has an unmap hook, where
 * its state lives and what its module use count counts. The six built-in drivers are six rows of
 * `BUILTIN_HOOKS`; a `driver` block of a scenario changes some of them. Each kernel model does what its
 * mechanism lets a driver do (a `d_mmap` driver cannot zap and has no per-open state): the hooks say
 * what the driver asks for, the kernel what happens.
 */

import type { DeviceSpec, DeviceType, DriverDecl } from './spec.ts';

export interface DriverHooks {
  /** What the mmap hook (and netbsd's `d_mmap`) checks: the offset against the size, an empty slot. */
  checks: { range: boolean; slot: boolean };
  /** linux: fill every PTE in `->mmap` (`remap_pfn_range`) or wait for `vm_ops->fault`. */
  maps: 'now' | 'fault';
  /** vt: a screen's mapping reaches its own place (framebuffer in front, backing store behind) or always the framebuffer. */
  fault: 'own' | 'front';
  /** linux: the signal `vm_ops->fault` asks for when it has no page (`VM_FAULT_SIGBUS`, `VM_FAULT_SIGSEGV`). */
  signal: 'SIGBUS' | 'SIGSEGV';
  /** vt: whose mappings a switch zaps: the screens leaving and coming to the front, one of them, all, none. */
  switch: 'both' | 'old' | 'new' | 'all' | 'none';
  /** card: does an eject zap every mapping of the slot? */
  eject: 'all' | 'none';
  /** card: does an insert zap every mapping of the slot? */
  insert: 'all' | 'none';
  /** Has the driver an unmap hook (`drvunmap` on irix)? */
  unmap: 'yes' | 'no';
  /** Does the driver keep state per open (and so know each mapping's open, card or instance)? */
  state: 'open' | 'device';
  /** What the driver's module use count counts (linux_2_0's `MOD_INC_USE_COUNT`): mappings and opens, or opens. */
  usecount: 'vma' | 'open';
}

export type HookName = keyof DriverHooks;

/** Every hook's words, in the order a block lists them. `checks` takes a list (or `none`). */
export const HOOK_CHOICES = {
  checks: ['range', 'slot', 'none'],
  maps: ['fault', 'now'],
  fault: ['own', 'front'],
  signal: ['SIGBUS', 'SIGSEGV'],
  switch: ['both', 'old', 'new', 'all', 'none'],
  eject: ['all', 'none'],
  insert: ['none', 'all'],
  unmap: ['yes', 'no'],
  state: ['open', 'device'],
  usecount: ['vma', 'open'],
} as const satisfies Record<HookName, readonly string[]>;

export const HOOK_NAMES = Object.keys(HOOK_CHOICES) as HookName[];

const COMMON: readonly HookName[] = ['checks', 'maps', 'signal', 'unmap', 'state', 'usecount'];

/** The hooks a driver of each type has (a vt has no eject; only a card has a slot to check). */
export const TYPE_HOOKS: Record<DeviceType, readonly HookName[]> = {
  vt: ['checks', 'maps', 'fault', 'signal', 'unmap', 'state', 'usecount', 'switch'],
  card: [...COMMON, 'eject', 'insert'],
  pseudo: COMMON,
  kbuf: COMMON,
  regs: COMMON,
  clone: COMMON,
};

/** Check words each type's mmap hook can make. */
export function checkWords(type: DeviceType): readonly string[] {
  return type === 'card' ? ['range', 'slot', 'none'] : ['range', 'none'];
}

const BASE: DriverHooks = {
  checks: { range: true, slot: false },
  maps: 'fault',
  fault: 'own',
  signal: 'SIGBUS',
  switch: 'both',
  eject: 'all',
  insert: 'none',
  unmap: 'yes',
  state: 'open',
  usecount: 'vma',
};

/**
 * The built-in drivers' hooks: every driver checks the range; the card driver also refuses an empty
 * slot; pseudo and regs map at mmap time on linux (`remap_pfn_range`, `vm_iomap_memory`), the rest at
 * the fault; the vt driver zaps the two screens a switch moves, the card driver every mapping at an eject.
 */
export const BUILTIN_HOOKS: Record<DeviceType, Readonly<DriverHooks>> = {
  vt: BASE,
  card: { ...BASE, checks: { range: true, slot: true } },
  pseudo: { ...BASE, maps: 'now' },
  kbuf: BASE,
  regs: { ...BASE, maps: 'now' },
  clone: BASE,
};

/** The hook's value as a block writes it (`checks=range,slot`). */
export function hookText(hooks: DriverHooks, name: HookName): string {
  if (name !== 'checks') return hooks[name];
  const on = (['range', 'slot'] as const).filter((c) => hooks.checks[c]);
  return on.length > 0 ? on.join(',') : 'none';
}

/**
 * A device line's driver: its `driver=` block over the type's built-in hooks, or the built-in driver
 * with the line's own `unmap=no` and `usecount=` (the checker refuses both ways on one line).
 */
export function resolveHooks(
  spec: DeviceSpec,
  drivers: readonly DriverDecl[],
): { hooks: DriverHooks; driver: string | null } {
  const builtin = BUILTIN_HOOKS[spec.type];
  const block = spec.driver === undefined ? undefined : drivers.find((b) => b.name === spec.driver);
  if (block) return { hooks: { ...builtin, ...block.hooks }, driver: block.name };
  return {
    hooks: {
      ...builtin,
      unmap: spec.noUnmap ? 'no' : 'yes',
      usecount: spec.usecount === 'open' ? 'open' : 'vma',
    },
    driver: null,
  };
}
