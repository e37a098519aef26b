/** The view slice: how the page looks (theme, motion) and the dialogs: help, the language, new scenario. */

import { END, type SliceCreator } from '../types.ts';

export type Theme = 'light' | 'dark';

export interface ViewSlice {
  theme: Theme;
  /** The theme was picked (the toggle, a link), not taken from the system: links carry it then. */
  themeChosen: boolean;
  reducedMotion: boolean;
  helpOpen: boolean;
  /** The language reference dialog, opened at an entry (its id) or at the top (''); null when closed. */
  languageAt: string | null;
  templatesOpen: boolean;
  toggleTheme(): void;
  setTheme(theme: Theme): void;
  setReducedMotion(on: boolean): void;
  toggleReducedMotion(): void;
  setHelpOpen(open: boolean): void;
  setLanguageAt(at: string | null): void;
  setTemplatesOpen(open: boolean): void;
}

export const createViewSlice =
  (initial: { theme: Theme; reducedMotion: boolean }): SliceCreator<ViewSlice> =>
  (set, get) => ({
    theme: initial.theme,
    themeChosen: false,
    reducedMotion: initial.reducedMotion,
    helpOpen: false,
    languageAt: null,
    templatesOpen: false,
    toggleTheme: () => set((s) => ({ theme: s.theme === 'dark' ? 'light' : 'dark', themeChosen: true })),
    setTheme: (theme) => set({ theme, themeChosen: true }),
    // Turning motion off mid-step shows the step's end at once.
    setReducedMotion: (on) =>
      set(
        on && get().animating
          ? { reducedMotion: on, eventIndex: END, animating: false }
          : { reducedMotion: on },
      ),
    toggleReducedMotion: () => get().setReducedMotion(!get().reducedMotion),
    setHelpOpen: (open) => set({ helpOpen: open }),
    setLanguageAt: (at) => set({ languageAt: at }),
    setTemplatesOpen: (open) => set({ templatesOpen: open }),
  });
