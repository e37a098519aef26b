/**
 * Raw deflate (RFC 1951) through the platform's CompressionStream, both ways bounded and in slices. A link
 * is untrusted, and 32 KB of deflate can expand a thousandfold, so inflating counts its output as it comes
 * and cancels the stream once it passes the limit, before a zip bomb is inflated in full. Deflating a
 * large text (a 4 MB scenario) runs slice by slice, yielding to the page between slices so typing never
 * waits on it, and gives up as soon as the output is too long for a link.
 */

/**
 * Inflate input is fed in pieces this large: one piece inflates to about a thousand times its size at
 * most, so this bounds how far past the limit the output can run before the count stops it.
 */
const INFLATE_FEED_BYTES = 1024;
/** Deflate input per slice (UTF-16 units of a text, or bytes): a few milliseconds, then the page's turn. */
const DEFLATE_SLICE = 64 * 1024;

/** A macrotask boundary without a timer (fake clocks in tests do not hold it up): the page runs between. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function join(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Reads a stream to its end, or stops it (and says null) once it passes `limit` bytes. */
async function readBounded(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<{ bytes: Uint8Array | null; seen: number }> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { bytes: join(parts, total), seen: total };
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return { bytes: null, seen: total };
    }
    parts.push(value);
  }
}

/** The input in slices; a text is UTF-8-encoded a slice at a time, never cutting a surrogate pair. */
function* slicesOf(input: Uint8Array | string): Generator<Uint8Array<ArrayBuffer>> {
  if (typeof input !== 'string') {
    for (let i = 0; i < input.length; i += DEFLATE_SLICE)
      yield input.slice(i, i + DEFLATE_SLICE) as Uint8Array<ArrayBuffer>;
    return;
  }
  const encoder = new TextEncoder();
  for (let i = 0; i < input.length;) {
    let end = Math.min(i + DEFLATE_SLICE, input.length);
    const last = input.charCodeAt(end - 1);
    if (end < input.length && last >= 0xd800 && last <= 0xdbff) end++;
    yield encoder.encode(input.slice(i, end));
    i = end;
  }
}

/** The raw deflate of `input` (a text goes as UTF-8), or null as soon as it passes `limit` bytes. */
export async function deflateRaw(
  input: Uint8Array | string,
  limit = Number.POSITIVE_INFINITY,
): Promise<Uint8Array | null> {
  const cs = new CompressionStream('deflate-raw');
  const writer = cs.writable.getWriter();
  // Fed beside the reading (backpressure makes each write wait for it); a cancel by the reader rejects
  // the pending write, which ends the feeding.
  void (async () => {
    let first = true;
    for (const slice of slicesOf(input)) {
      if (!first) await yieldToPage();
      first = false;
      await writer.write(slice);
    }
    await writer.close();
  })().catch(() => {});
  return (await readBounded(cs.readable, limit)).bytes;
}

export type Inflated =
  | { kind: 'ok'; bytes: Uint8Array }
  /** The data is not a complete raw deflate stream; `bytes` is what came out before the damage. */
  | { kind: 'corrupt'; bytes: Uint8Array }
  /** `seen`: how many bytes came out before the stream was stopped (a little past the limit). */
  | { kind: 'too-large'; seen: number };

/** Inflates `bytes`, stopping as soon as the output passes `limit` bytes. */
export async function inflateRawBounded(bytes: Uint8Array, limit: number): Promise<Inflated> {
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  // The writes wait on the reads (backpressure), so feed and read side by side; a write's rejection
  // (damaged data, or the cancel below) is the reader's to report.
  void (async () => {
    for (let i = 0; i < bytes.length; i += INFLATE_FEED_BYTES)
      await writer.write(bytes.slice(i, i + INFLATE_FEED_BYTES) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })().catch(() => {});
  const reader = ds.readable.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { kind: 'ok', bytes: join(parts, total) };
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => {});
        return { kind: 'too-large', seen: total };
      }
      parts.push(value);
    }
  } catch {
    return { kind: 'corrupt', bytes: join(parts, total) };
  }
}
