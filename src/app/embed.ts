/**
 * Embed mode (`?embed=1`): a course page shows the drawing and the playback controls in an iframe. The
 * query, not the hash, says so, because the hash is the app's state and a shared link must not carry the
 * embed flag into the full app. Everything else of the address stays as it is.
 */

/** Whether the page's query asks for embed mode. */
export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

/** The full app at the same address: the same path, query and hash, without `embed`. */
export function fullAppUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  // URLSearchParams leaves a bare "?" when the query becomes empty; a clean address reads better.
  if (url.searchParams.size === 0) url.search = '';
  return url.href;
}
