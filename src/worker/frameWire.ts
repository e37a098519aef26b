/**
 * Frames on the wire between one worker and the page: the worker's FrameEncoder sends each picture as
 * its changes from the picture it sent before (pictureDelta.ts), and the page's FrameDecoder applies
 * them to its copy of that picture. The two stay in step because the page decodes every reply of its
 * worker in order, including the frames it then drops as overtaken; a new worker starts both afresh.
 */

import type { MachinePicture } from '../sim/picture.ts';
import { deltaSize, diffPicture, patchPicture } from './pictureDelta.ts';
import type { EngineReply, Frame, ReplyOf, WireFrame, WireReply } from './protocol.ts';

/** The worker's side: remembers the last picture it sent. */
export class FrameEncoder {
  private sent: MachinePicture | null = null;

  encode(frame: Frame): WireFrame {
    const { before, after, ...rest } = frame;
    const deltas = frame.afterOnly
      ? { after: diffPicture(this.sent, after) }
      : { before: diffPicture(this.sent, before), after: diffPicture(before, after) };
    this.sent = after;
    return { ...rest, ...deltas, changes: deltaSize(deltas.before) + deltaSize(deltas.after) };
  }
}

/** The page's side: remembers the last picture it received, and hands out whole frames. */
export class FrameDecoder {
  private base: MachinePicture | null = null;

  decode(wire: WireFrame): Frame {
    const { before: beforeDelta, after: afterDelta, ...rest } = wire;
    const before = beforeDelta ? patchPicture(this.base, beforeDelta) : null;
    const after = patchPicture(before ?? this.base, afterDelta);
    this.base = after;
    return { ...rest, before: before ?? after, after };
  }
}

function mapFrames<A, B>(reply: ReplyOf<A>, f: (frame: A) => B): ReplyOf<B> {
  if (reply.type === 'frame') return { ...reply, frame: f(reply.frame) };
  if (reply.type === 'loaded' && reply.shown)
    return { ...reply, shown: { ...reply.shown, frame: f(reply.shown.frame) } };
  // Every other reply carries no frame: the same object serves as either type.
  return reply as unknown as ReplyOf<B>;
}

/** A reply as the worker posts it. */
export const encodeReply = (reply: EngineReply, encoder: FrameEncoder): WireReply =>
  mapFrames(reply, (f) => encoder.encode(f));

/** A posted reply as the page reads it. */
export const decodeReply = (reply: WireReply, decoder: FrameDecoder): EngineReply =>
  mapFrames(reply, (f) => decoder.decode(f));
