/**
 * The page's second Content-Security-Policy, for styles. CodeMirror writes its theme into a <style>
 * element (style-mod uses constructed style sheets only inside shadow roots), which `style-src 'self'`
 * forbids. A fixed nonce in the static policy would be public, so no protection; instead the static
 * policy leaves inline styles to this one, which the page adds before it renders anything, with a nonce
 * drawn fresh for each page load. Every policy must allow a style, so from here on only a <style>
 * carrying this nonce (the editor's) applies; an injected one, or a style attribute, does not.
 */

/** Where the nonce waits for the editor (Vite's convention: `<meta property="csp-nonce" nonce>`). */
export const NONCE_SELECTOR = 'meta[property="csp-nonce"]';

/** Adds the style policy and the nonce's carrier to <head>; returns the nonce. */
export function lockInlineStyles(doc: Document = document): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  const nonce = btoa(String.fromCharCode(...bytes));
  const policy = doc.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = `style-src 'self' 'nonce-${nonce}'`;
  const carrier = doc.createElement('meta');
  carrier.setAttribute('property', 'csp-nonce');
  carrier.nonce = nonce;
  doc.head.append(policy, carrier);
  return nonce;
}
