import { describe, expect, it } from 'vitest';

import { fileStem, pictureStem, slideStem, slug } from './fileNames.ts';

describe('file names', () => {
  it('names an untouched built-in by its id', () => {
    expect(fileStem({ builtinId: 'vt-switch-linux', edited: false, title: 'Two terminals' })).toBe(
      'vt-switch-linux',
    );
  });

  it('names edited and typed scenarios by their title, or says what they are', () => {
    expect(fileStem({ builtinId: 'first-touch', edited: true, title: 'My own: café <b>' })).toBe(
      'my-own-cafe-b',
    );
    expect(fileStem({ builtinId: 'first-touch', edited: true, title: null })).toBe('first-touch-edited');
    expect(fileStem({ builtinId: null, edited: true, title: '   ' })).toBe('scenario');
    expect(fileStem({ builtinId: null, edited: false, title: null })).toBe('scenario');
  });

  it('keeps names safe and short: no separators, dots or markup, at most 60 characters', () => {
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    expect(slug('<script>alert(1)</script>')).toBe('script-alert-1-script');
    expect(slug('CON.txt\u0000')).toBe('con-txt');
    const long = slug('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('-')).toBe(false);
  });

  it('names a picture by the moment it shows, and a slide by its size too and, side by side, its kernels', () => {
    expect(pictureStem('card-linux', 8)).toBe('card-linux-step-8');
    expect(slideStem('card-netbsd', 9, { width: 1920, height: 1080 }, ['netbsd'])).toBe(
      'card-netbsd-step-9-1920x1080',
    );
    expect(slideStem('card-netbsd', 9, { width: 1280, height: 720 }, ['netbsd', 'linux'])).toBe(
      'card-netbsd-netbsd-vs-linux-step-9-1280x720',
    );
  });
});
