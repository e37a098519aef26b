/** Names for the files the app saves: from the scenario's id or title, safe on every file system. */

export interface NamedScenario {
  builtinId: string | null;
  edited: boolean;
  title: string | null;
}

/** At most this many characters before the suffix: long titles stay readable in a file dialog. */
const MAX_STEM = 60;

/** Lower-case letters, digits and single dashes: no path separators, no dots, no reserved characters. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_STEM)
    .replace(/-+$/, '');
}

/**
 * What a saved file is called: a built-in by its id (an edited one by its title, since the text is no
 * longer the built-in's), anything else by its title, and `scenario` when neither gives a name.
 */
export function fileStem(s: NamedScenario): string {
  if (s.builtinId !== null && !s.edited) return slug(s.builtinId) || 'scenario';
  const fromTitle = s.title === null ? '' : slug(s.title);
  if (fromTitle !== '') return fromTitle;
  return s.builtinId !== null ? `${slug(s.builtinId)}-edited` : 'scenario';
}

/** "first-touch-step-3": a picture's name says which moment it shows. */
export function pictureStem(stem: string, step: number): string {
  return `${stem}-step-${step}`;
}

/**
 * "card-netbsd-step-9-1920x1080", or side by side "card-netbsd-netbsd-vs-linux-step-9-1920x1080": a
 * slide's name also says its size (a deck keeps both) and, when it shows two, its kernels.
 */
export function slideStem(
  stem: string,
  step: number,
  size: { width: number; height: number },
  kernels: readonly string[],
): string {
  const both = kernels.length > 1 ? `-${kernels.map(slug).join('-vs-')}` : '';
  return `${stem}${both}-step-${step}-${size.width}x${size.height}`;
}
