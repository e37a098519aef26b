import { memo } from 'react';

import type { Column } from './columns.ts';
import type { DeviceBox } from './deviceLayout.ts';
import type { Copy } from './stepNotes.ts';

interface Props {
  copies: readonly Copy[];
  boxes: readonly DeviceBox[];
  col: Column;
}

/** How far an arc bows into the gutter left of the device column. */
const BOW = 18;

/**
 * A terminal switch's copies for the rest of the step: an arc in the gutter beside the device's box, from
 * the framebuffer's line to the screen's backing store (a save) or back (a load), its head where the
 * contents went. The box's own lines and the step's note say the same in words.
 */
export const CopyLayer = memo(function CopyLayer({ copies, boxes, col }: Props) {
  return (
    <g className="copies">
      {copies.map((c, i) => {
        const box = boxes.find((b) => b.device.name === c.device);
        const store = box?.stores[c.screen];
        if (!box?.main || !store) return null;
        const [from, to] = c.direction === 'save' ? [box.main.y, store.y] : [store.y, box.main.y];
        const x = col.x;
        // Saves bow further out than loads, so the two arcs of one switch never lie on each other.
        const bow = c.direction === 'save' ? BOW : BOW * 0.6;
        return (
          <g key={i} className={`copy copy-${c.direction}`} data-copy={c.direction} data-screen={c.screen}>
            <path d={`M${x} ${from}C${x - bow} ${from} ${x - bow} ${to} ${x} ${to}`} />
            <path className="copy-head" d={`M${x - 7} ${to - 4}L${x} ${to}L${x - 7} ${to + 4}Z`} />
          </g>
        );
      })}
    </g>
  );
});
