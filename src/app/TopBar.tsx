import type { RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { LIBRARY } from '../scenario/library/index.ts';
import { openExample } from '../store/effects/address.ts';
import { selectScenarioBar } from '../store/selectors.ts';
import { appStore, useApp } from '../store/store.ts';
import { ComparePicker } from './compare/ComparePicker.tsx';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { ExportMenu } from './export/ExportMenu.tsx';
import { KernelSelect } from './KernelSelect.tsx';
import { CourseButton } from './lesson/CourseDialog.tsx';
import { ModeSwitch } from './lesson/ModeSwitch.tsx';
import { MoreControls } from './MoreControls.tsx';
import { OpenFile } from './OpenFile.tsx';
import { RecentMenu } from './RecentMenu.tsx';
import './topBar.css';

/**
 * The scenario picker, the kernel, the mode and the course first; then, folded under "More" on a narrow
 * screen, the recent list, opening a file, the compared kernel, the link, export, theme and motion, and help.
 */
export function TopBar({ modeButton }: { modeButton?: RefObject<HTMLButtonElement | null> }) {
  const bar = useApp(useShallow(selectScenarioBar));
  const a = appStore.getState();
  const known = LIBRARY.some((b) => b.id === bar.builtinId);
  const own = bar.scenarioKernel ?? 'linux';
  return (
    <header className="top-bar">
      <p className="brand">pagerlab</p>
      <label className="scenario-pick">
        Scenario{' '}
        <select value={known ? (bar.builtinId ?? '') : ''} onChange={(e) => openExample(e.target.value)}>
          {!known && <option value="">—</option>}
          {LIBRARY.map((b) => (
            <option key={b.id} value={b.id}>
              {b.title}
              {b.id === bar.builtinId && bar.edited ? ' (edited)' : ''}
            </option>
          ))}
        </select>
      </label>
      <KernelSelect
        label="Kernel"
        value={bar.kernelOverride}
        none={`${own} (scenario's)`}
        onChange={a.setKernelOverride}
      />
      <ModeSwitch buttonRef={modeButton} />
      <CourseButton />
      <MoreControls>
        <button type="button" onClick={() => a.setTemplatesOpen(true)}>
          New scenario
        </button>
        <RecentMenu />
        <OpenFile />
        <ComparePicker />
        <span className="spacer" />
        <button
          type="button"
          title="The scenario language: every line, step and key"
          onClick={() => a.setLanguageAt('')}
        >
          Language
        </button>
        <CopyLinkButton />
        <ExportMenu />
        <button type="button" aria-pressed={bar.theme === 'dark'} onClick={a.toggleTheme}>
          Dark theme
        </button>
        <label className="check">
          <input type="checkbox" checked={bar.reducedMotion} onChange={a.toggleReducedMotion} /> Reduce motion
        </label>
        <button
          type="button"
          aria-label="Help"
          aria-keyshortcuts="?"
          title="Keyboard help (?)"
          onClick={() => a.setHelpOpen(true)}
        >
          ?
        </button>
      </MoreControls>
    </header>
  );
}
