/**
 * Raw deflate (RFC 1951) through the platform's CompressionStream, and a bounded inflate: a link is
 * untrusted, and 32 KB of deflate can expand a thousandfold, so the output is counted as it comes and
 * the stream is cancelled once it passes the limit, before a zip bomb is inflated in full.
 */

/**
 * Input is fed in pieces this large: one piece inflates to about a thousand times its size at most, so
 * this bounds how far past the limit the output can run before the count stops it.
 */
const FEED_BYTES = 1024;

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const cs = new CompressionStream('deflate-raw');
  const writer = cs.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  void writer.close().catch(() => {});
  return collect(cs.readable);
}

export type Inflated =
  | { kind: 'ok'; bytes: Uint8Array }
  /** The data is not a complete raw deflate stream; `bytes` is what came out before the damage. */
  | { kind: 'corrupt'; bytes: Uint8Array }
  /** `seen`: how many bytes came out before the stream was stopped (a little past the limit). */
  | { kind: 'too-large'; seen: number };

function join(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Inflates `bytes`, stopping as soon as the output passes `limit` bytes. */
export async function inflateRawBounded(bytes: Uint8Array, limit: number): Promise<Inflated> {
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  // The writes wait on the reads (backpressure), so feed and read side by side; a write's rejection
  // (damaged data, or the cancel below) is the reader's to report.
  void (async () => {
    for (let i = 0; i < bytes.length; i += FEED_BYTES)
      await writer.write(bytes.slice(i, i + FEED_BYTES) as Uint8Array<ArrayBuffer>);
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
