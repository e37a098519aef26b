/** How each operand is written in canonical text; the printer and messages use these. */

import type { Addr, DeviceSpec, ExpectCheck, FdRef, Num, Value } from '../sim/spec.ts';

/** A number as written: `4096`, `0x1000`, `4k`, `0x2p`. */
export function formatNum(n: Num): string {
  const digits = n.hex ? `0x${n.value.toString(16).toUpperCase()}` : String(n.value);
  return digits + n.unit;
}

/** A double-quoted string with `"` and `\` escaped. */
export function formatString(s: string): string {
  return `"${s.replace(/[\\"]/g, '\\$&')}"`;
}

export function formatAddr(a: Addr): string {
  if (a.kind === 'num') return formatNum(a.num);
  if (!a.offset) return a.name;
  return `${a.name}${a.sign < 0 ? '-' : '+'}${formatNum(a.offset)}`;
}

export function formatFd(fd: FdRef): string {
  return fd.kind === 'var' ? fd.name : String(fd.value);
}

export function formatValue(v: Value): string {
  return v.kind === 'str' ? formatString(v.text) : formatNum(v.num);
}

/** `expect ...` in canonical form. */
export function formatCheck(c: ExpectCheck): string {
  switch (c.kind) {
    case 'errno':
      return `expect ${c.errno}`;
    case 'signal':
      return `expect ${c.signal}`;
    case 'device':
      return `expect device ${c.device}${c.page ? ` page ${formatNum(c.page)}` : ''}`;
    case 'value':
      return `expect value ${formatValue(c.value)}`;
    case 'violation':
      return c.rule ? `expect violation ${c.rule}` : 'expect violation';
    case 'users':
      return `expect users ${c.device} ${formatNum(c.count)}`;
    default:
      return `expect ${c.kind}`;
  }
}

/** `KEY=VALUE` for one key of a device line; null when the key is not set. */
export function formatDeviceKey(d: DeviceSpec, key: string): string | null {
  if (key === 'unmap') return d.noUnmap ? 'unmap=no' : null;
  if (key === 'usecount') return d.usecount ? `usecount=${d.usecount}` : null;
  if (key === 'driver') return d.driver === undefined ? null : `driver=${d.driver}`;
  if (key === 'cloning') return d.type === 'clone' && d.cloning ? `cloning=${d.cloning}` : null;
  const v = (d as unknown as Record<string, unknown>)[key];
  if (v === undefined) return null;
  switch (key) {
    case 'card':
      return `card=${v === null ? 'none' : String(v)}`;
    case 'alloc':
    case 'pager':
      return `${key}=${String(v)}`;
    case 'regions': {
      const regions = v as Extract<DeviceSpec, { type: 'pseudo' }>['regions'] & object;
      return `regions=${regions.map((r) => `${r.name}:${formatNum(r.pages)}@${formatNum(r.offset)}`).join(',')}`;
    }
    case 'alias': {
      const a = v as { from: string; to: string };
      return `alias=${a.from}:${a.to}`;
    }
    case 'holes':
      return `holes=${(v as Num[]).map(formatNum).join(',')}`;
    default:
      return `${key}=${formatNum(v as Num)}`;
  }
}
