import { memo } from 'react';

import type { ViolationPicture } from '../sim/picture.ts';
import { hexAddress } from '../sim/sentence.ts';

/** Each violation in words, visible until it clears. */
export const ViolationList = memo(function ViolationList({
  violations,
}: {
  violations: readonly ViolationPicture[];
}) {
  if (violations.length === 0) return null;
  return (
    <ul className="violations" aria-label="Violations">
      {violations.map((v) => (
        <li
          key={`${v.proc}:${v.vpn}:${v.rule}:${v.via}`}
          data-violation=""
          data-rule={v.rule}
          data-proc={v.proc}
          data-vpn={v.vpn}
        >
          <span className="warn-sign" aria-hidden="true">
            ⚠
          </span>{' '}
          <strong>{v.rule}</strong>{' '}
          <span className="mono">
            {v.proc} vpn {hexAddress(v.vpn)} ({v.via === 'tlb' ? 'TLB entry' : 'PTE'})
          </span>
          : {v.sentence}
        </li>
      ))}
    </ul>
  );
});
