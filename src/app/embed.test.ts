import { describe, expect, it } from 'vitest';

import { fullAppUrl, isEmbed } from './embed.ts';

describe('embed mode', () => {
  it('is asked for by embed=1 in the query only', () => {
    expect(isEmbed('?embed=1')).toBe(true);
    expect(isEmbed('?lang=en&embed=1')).toBe(true);
    expect(isEmbed('')).toBe(false);
    expect(isEmbed('?embed=0')).toBe(false);
    expect(isEmbed('?embed')).toBe(false);
  });

  it('opens the full app at the same path, query and hash, without the flag', () => {
    expect(fullAppUrl('https://host/course/lab/?embed=1#example=card-linux&step=4')).toBe(
      'https://host/course/lab/#example=card-linux&step=4',
    );
    expect(fullAppUrl('http://127.0.0.1:4173/index.html?x=2&embed=1#s=1.abc&step=2')).toBe(
      'http://127.0.0.1:4173/index.html?x=2#s=1.abc&step=2',
    );
    expect(fullAppUrl('https://host/?embed=1')).toBe('https://host/');
  });
});
