import { memo } from 'react';

import type { Column } from './columns.ts';
import type { DeviceBox } from './deviceLayout.ts';
import { LINE, PAD } from './metrics.ts';
import { NoteView } from './NoteView.tsx';

/** One device box: what the device holds now (the screen's text, the card in the slot, ...). */
export const DeviceView = memo(function DeviceView({ box, col }: { box: DeviceBox; col: Column }) {
  const d = box.device;
  const x = col.x + PAD;
  const note = box.note;
  return (
    <g
      transform={`translate(0 ${box.y})`}
      className={d.loaded ? 'device' : 'device unloaded'}
      data-device={d.name}
      data-type={d.type}
      data-users={d.users}
    >
      <rect className="device-box" x={col.x} y={0} width={col.width} height={box.height} rx={4} />
      <text className="title" x={x} y={LINE}>
        {box.name}
        <tspan className="muted">{box.rest}</tspan>
      </text>
      {box.slot ? (
        <g
          className={d.type === 'card' && d.slot === null ? 'card-slot empty' : 'card-slot'}
          data-slot={d.type === 'card' ? (d.slot ?? 'empty') : ''}
        >
          <rect x={col.x + 3} y={box.slot.y - LINE + 1} width={col.width - 6} height={LINE + 5} rx={3} />
          <text x={x} y={box.slot.y}>
            {box.slot.text}
          </text>
        </g>
      ) : null}
      {box.lines.map((l, i) => (
        <text key={i} className={l.className} x={x} y={l.y}>
          {l.text}
        </text>
      ))}
      {box.objects ? (
        <g className="pager-object" data-pages={box.objects.pages} data-objects={d.objects?.length ?? 0}>
          <rect x={col.x + 3} y={box.objects.y} width={col.width - 6} height={box.objects.height} rx={3} />
          {box.objects.lines.map((l, i) => (
            <text key={i} className={l.className} x={x} y={l.y}>
              {l.text}
            </text>
          ))}
        </g>
      ) : null}
      {note ? <NoteView note={note} x={x} /> : null}
    </g>
  );
});
