// One lint config for every layer; the layering rules keep the engine and the language pure.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PURE = ['src/sim/**', 'src/scenario/**', 'src/search/**'];

/**
 * The layers of src/, each with the layers it must not import: imports go one way, from the page down to
 * the engine (ARCHITECTURE.md draws the picture). The engine and the language know nothing of the page;
 * the worker knows nothing of the store; the store knows nothing of the views; the views and the editor
 * draw what they are given and are wired to the store by the app.
 */
const FORBIDDEN = {
  sim: ['scenario', 'search', 'share', 'worker', 'store', 'views', 'editor', 'app', 'cli', 'sw'],
  scenario: ['search', 'share', 'worker', 'store', 'views', 'editor', 'app', 'cli', 'sw'],
  search: ['share', 'worker', 'store', 'views', 'editor', 'app', 'cli', 'sw'],
  share: ['worker', 'store', 'views', 'editor', 'app', 'cli', 'sw'],
  worker: ['search', 'store', 'views', 'editor', 'app', 'cli', 'sw'],
  store: ['search', 'views', 'editor', 'app', 'cli', 'sw'],
  views: ['search', 'worker', 'editor', 'app', 'cli', 'sw'],
  editor: ['search', 'share', 'worker', 'store', 'views', 'app', 'cli', 'sw'],
  app: ['search', 'cli', 'sw'],
  cli: ['share', 'worker', 'store', 'views', 'editor', 'app', 'sw'],
  sw: ['sim', 'scenario', 'search', 'share', 'worker', 'store', 'views', 'editor', 'app', 'cli'],
};

/**
 * The attack search runs in the page only inside its own worker: these files may import src/search, and
 * no other file of the worker layer (the engine worker and the clients the page bundles) may.
 */
const SEARCH_WORKER = ['src/worker/search.worker.ts', 'src/worker/searchRun.ts'];

/** The import patterns that keep `layer` out of the layers above it (and, for the pure ones, out of Node). */
function layerPatterns(layer, forbidden = FORBIDDEN[layer]) {
  const patterns = [
    {
      regex: `(^|/)(${forbidden.join('|')})(/|$)`,
      message: `src/${layer} does not import from ${forbidden.join(', ')} (the layers of ARCHITECTURE.md).`,
    },
  ];
  if (layer === 'sim' || layer === 'scenario')
    patterns.push({ regex: '^node:', message: 'src/sim and src/scenario use no Node API.' });
  return patterns;
}

export default defineConfig(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'e2e/screenshots', 'ci-report'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**', 'src/**/*.test.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.tsx', 'src/app/**', 'src/views/**', 'src/store/**', 'src/editor/**'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/worker/engine.worker.ts'],
    languageOptions: { globals: globals.worker },
  },
  {
    files: ['src/cli/**', 'bench/**', 'test/**', 'e2e/**', 'src/**/*.test.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The engine and the language run unchanged in Node and in the worker: no clock, no randomness, no DOM,
    // no worker or Node API, and no imports from the layers above them.
    files: PURE,
    ignores: ['src/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'self', 'globalThis', 'navigator', 'location'].map((name) => ({
          name,
          message: 'The engine never touches the DOM or the worker scope.',
        })),
        ...[
          'Date',
          'performance',
          'setTimeout',
          'setInterval',
          'queueMicrotask',
          'requestAnimationFrame',
        ].map((name) => ({ name, message: 'The engine never reads the clock: time is the step number.' })),
        { name: 'process', message: 'The engine runs in the browser too: no Node globals.' },
        { name: 'crypto', message: 'The engine is deterministic: no randomness.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'The engine is deterministic: no Math.random.' },
        { object: 'crypto', property: 'getRandomValues', message: 'The engine is deterministic.' },
      ],
    },
  },
  {
    // The store's effects are pure decisions beside thin shells (ticker.ts, addressDecisions.ts, engineMoves.ts):
    // a connector that grows past a screen is taking decisions that should be a function of their own.
    files: ['src/store/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60 }] },
  },
  ...Object.keys(FORBIDDEN).map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns(layer) }] },
  })),
  {
    files: SEARCH_WORKER,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: layerPatterns(
            'worker',
            FORBIDDEN.worker.filter((l) => l !== 'search'),
          ),
        },
      ],
    },
  },
  {
    files: ['src/worker/search.worker.ts'],
    languageOptions: { globals: globals.worker },
  },
);
