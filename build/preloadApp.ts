/**
 * The page's entry (src/main.tsx) is small: it starts the engine worker, then imports the page's code
 * (src/boot.tsx). Vite preloads a dynamic import's files only when the import runs; this plugin puts
 * them in index.html (modulepreload for the scripts, the stylesheets as links), so the browser fetches
 * them with the entry, and the worker starts as soon as the entry alone has come.
 */

import type { HtmlTagDescriptor, Plugin } from 'vite';

/** What the plugin reads of a bundle's chunk (Rollup's OutputChunk, and Vite's CSS metadata). */
export interface ChunkInfo {
  type: 'chunk';
  fileName: string;
  imports: string[];
  dynamicImports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** The tags that preload what `entry` imports dynamically, and everything those chunks import statically. */
export function preloadTags(
  entry: ChunkInfo,
  bundle: Record<string, ChunkInfo | { type: 'asset' }>,
): HtmlTagDescriptor[] {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (!chunk || chunk.type !== 'chunk' || scripts.has(fileName)) return;
    // The entry's own static imports are in the page already (Vite preloads them).
    if (fileName !== entry.fileName && !entry.imports.includes(fileName)) scripts.add(fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
    for (const dep of chunk.imports) visit(dep);
  };
  // The entry imports nothing else lazily: each of its dynamic imports runs as soon as it does.
  for (const lazy of entry.dynamicImports) visit(lazy);
  return [
    ...[...styles].map((href) => tag({ rel: 'stylesheet', crossorigin: true, href: `./${href}` })),
    ...[...scripts].map((href) => tag({ rel: 'modulepreload', crossorigin: true, href: `./${href}` })),
  ];
}

const tag = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({
  tag: 'link',
  attrs,
  injectTo: 'head',
});

export function preloadApp(): Plugin {
  return {
    name: 'pagerlab:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.chunk || !ctx.bundle) return [];
        return preloadTags(
          ctx.chunk as unknown as ChunkInfo,
          ctx.bundle as unknown as Record<string, ChunkInfo | { type: 'asset' }>,
        );
      },
    },
  };
}
