/**
 * The Content-Security-Policy, as a <meta> tag in the built index.html: a static host needs no header
 * configuration for it. Only the build gets it: Vite's dev server runs an inline script (React's refresh
 * preamble) that this policy rightly forbids.
 */

import type { Plugin } from 'vite';

/**
 * Everything comes from the app's own origin. Styles: React sets style props through the CSSOM, which no
 * policy restricts, but CodeMirror writes a <style> element. Its nonce cannot be fixed here (it would be
 * public), so this policy allows inline styles and the page adds a second policy at start-up with a fresh
 * nonce (src/app/stylePolicy.ts); a style must pass both, so only the editor's applies.
 * Images: the favicon is a data: URL and the PNG export paints a blob: URL. frame-ancestors cannot be set
 * from a <meta> tag, which is as well: embed mode is meant to be framed by any course page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const CHARSET = /<meta charset="UTF-8" \/>/i;

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'pagerlab:csp',
    apply: 'build',
    transformIndexHtml(html) {
      // Right after the charset (which must come first), before any script or style: a policy applies
      // only to what comes after it.
      if (!CHARSET.test(html))
        throw new Error('index.html has no <meta charset="UTF-8" /> to put the CSP after');
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace(CHARSET, (charset) => `${charset}\n    ${meta}`);
    },
  };
}
