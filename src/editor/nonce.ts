/** The page's style nonce (src/app/stylePolicy.ts), so CodeMirror's own <style> is allowed; '' if none. */
export function styleNonce(doc: Document = document): string {
  // The `nonce` property, not the attribute: browsers hide the attribute's value once the page has loaded.
  return doc.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
}
