/**
 * base64url without padding (RFC 4648 §5), over btoa and atob so the same code runs in the page and in
 * Node 20 without Buffer. The alphabet needs no escaping in a URL fragment or a query parameter.
 */

/** btoa and String.fromCharCode take arguments on the stack: convert in slices of this many bytes. */
const SLICE = 0x8000;

export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE)
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The bytes of a base64url text, or null when it is not one: a character outside the alphabet, or a
 * length no encoder produces (4n + 1). Padding is accepted, as some tools add it.
 */
export function fromBase64url(text: string): Uint8Array | null {
  const bare = text.replace(/={1,2}$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(bare) || bare.length % 4 === 1) return null;
  const binary = atob(bare.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
