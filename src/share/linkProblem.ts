/** What a broken link's problem means, in words for the alert (and what the reader can do about it). */

import { MAX_TEXT_BYTES } from '../scenario/limits.ts';
import { LINK_VERSION, MAX_LINK_CHARS, type LinkProblem } from './link.ts';

const kib = (n: number) => `${Math.ceil(n / 1024).toLocaleString('en')} KB`;

export function linkProblemText(p: LinkProblem): string {
  switch (p.kind) {
    case 'too-long':
      return `This link is too long to open (${kib(p.length)}; links hold up to ${kib(MAX_LINK_CHARS)}). Ask for the .scn file instead.`;
    case 'bad-base64':
      return 'This link is damaged: its scenario data has characters a pagerlab link never contains (was it changed, or cut?).';
    case 'bad-compression':
      return 'This link is damaged: its scenario data does not decompress (was it cut short?).';
    case 'not-text':
      return 'This link is damaged: its scenario data decompresses to something that is not text.';
    case 'too-large':
      return `This link's scenario is larger than the ${MAX_TEXT_BYTES / (1024 * 1024)} MB limit; it was not opened.`;
    case 'unknown-version':
      return p.newer
        ? `This link was made by a newer pagerlab (link format ${p.version}; this page reads formats up to ${LINK_VERSION}). Reload the page to get the newest version, then open the link again.`
        : `This link's format ("${p.version}") is not one pagerlab knows; the link may be damaged.`;
    case 'invalid':
      return 'The scenario in this link does not parse.';
  }
}
