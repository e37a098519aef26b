import { memo, type ReactNode } from 'react';

import type { DevicePicture } from '../sim/picture.ts';
import { hexAddress } from '../sim/sentence.ts';
import { COLUMN, LINE } from './columns.ts';
import { pageText, type DeviceBox } from './deviceLayout.ts';

const X = COLUMN.devices.x;
const W = COLUMN.devices.width;

function line(i: number, content: ReactNode, className = 'small') {
  return (
    <text key={i} className={className} x={X + 8} y={(i + 2) * LINE}>
      {content}
    </text>
  );
}

function body(d: DevicePicture): ReactNode[] {
  switch (d.type) {
    case 'vt': {
      const out: ReactNode[] = [line(0, `framebuffer shows screen ${d.front}:`, 'small muted')];
      d.framebuffer
        .slice(0, 4)
        .forEach((page, i) =>
          out.push(line(1 + i, `p${i} ${pageText(page) || '·'}`, 'mono small screen-text')),
        );
      const base = 1 + Math.min(d.fbPages, 4);
      out.push(line(base, 'backing stores (RAM):', 'small muted'));
      for (let s = 0; s < d.screens; s++)
        out.push(
          line(
            base + 1 + s,
            `${s === d.front ? '▶' : ' '} screen ${s}${s === d.front ? ' (front)' : ''}: ${pageText(d.stores[s]?.flat() ?? []) || '·'}`,
            s === d.front ? 'mono small front' : 'mono small',
          ),
        );
      return out;
    }
    case 'card': {
      const out: ReactNode[] = [
        <g
          key="slot"
          className={d.slot === null ? 'card-slot empty' : 'card-slot'}
          data-slot={d.slot ?? 'empty'}
        >
          <rect x={X + 6} y={LINE + 2} width={W - 12} height={LINE + 2} rx={3} />
          <text className="small" x={X + 12} y={2 * LINE}>
            slot: {d.slot === null ? 'empty' : `card ${d.slot}`}
          </text>
        </g>,
      ];
      d.window
        .slice(0, 4)
        .forEach((page, i) => out.push(line(1 + i, `window p${i} ${pageText(page) || '·'}`, 'mono small')));
      const base = 1 + Math.min(Math.max(d.pages, 1), 4);
      d.cardsOut.forEach((c, i) =>
        out.push(
          line(
            base + i,
            `out: card ${c.label} ${pageText(c.pages.flat()) || '(blank)'}`,
            'small muted card-out',
          ),
        ),
      );
      return out;
    }
    case 'pseudo': {
      const out = d.regions.map((r, i) =>
        line(i, `region ${r.name}: ${r.pages}p @${hexAddress(r.offset)} → frames ${r.frames.join(',')}`),
      );
      if (d.alias) out.push(line(d.regions.length, `alias ${d.alias.from} → ${d.alias.to}`, 'small alias'));
      return out;
    }
    case 'kbuf':
      return [
        line(0, `${d.frames.length} pages${d.vmalloc ? ' (vmalloc)' : ''}`, 'small muted'),
        line(1, d.frames.map((f) => (f === null ? 'hole' : String(f))).join(' '), 'mono small'),
      ];
    case 'regs':
      return [
        line(
          0,
          `${hexAddress(d.at)} size ${hexAddress(d.size)} · ${d.npages} pages from frame ${d.firstPfn}`,
        ),
      ];
    case 'clone':
      return d.instances.length === 0
        ? [line(0, 'no instances', 'small muted')]
        : d.instances.map((inst, i) => line(i, `instance ${inst.id} → frames ${inst.frames.join(',')}`));
  }
}

/** One device box: what the device holds now (the screen's text, the card in the slot, ...). */
export const DeviceView = memo(function DeviceView({ box }: { box: DeviceBox }) {
  const d = box.device;
  return (
    <g
      transform={`translate(0 ${box.y})`}
      className={d.loaded ? 'device' : 'device unloaded'}
      data-device={d.name}
      data-type={d.type}
    >
      <rect className="device-box" x={X} y={0} width={W} height={box.height} rx={4} />
      <text className="title" x={X + 6} y={LINE}>
        {d.name}{' '}
        <tspan className="muted small">
          {d.type} · {d.loaded ? `${d.users} users` : 'unloaded'}
        </tspan>
      </text>
      {body(d)}
    </g>
  );
});
