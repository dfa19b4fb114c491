// Builds the renderer (renderer/ -> dist/renderer). Relative asset paths (base './') so the same build
// loads from file:// in Electron and from the browser host. shared/ lies outside the root and is
// reached through relative imports, which Vite bundles like any other module.
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './shared/contracts/content-security-policy.ts';

/** Writes the one shared Content-Security-Policy into index.html. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'studio-csp',
    transformIndexHtml: (html) => html.replace('%STUDIO_CSP%', CONTENT_SECURITY_POLICY_META),
  };
}

/**
 * Adds `<link rel="modulepreload">` for the studio's chunks (Monaco, the studio view, the session)
 * to index.html. They are imported dynamically, so without this their download, and the browser's
 * parse of Monaco's 3.6 MB (half a second on a background thread), starts only after the entry has
 * run and asked for a connector; with it they start with the entry and are ready sooner. Preloaded
 * modules are fetched and compiled, not run: the start screen does not wait for them.
 */
function preloadStudioChunks(): Plugin {
  const STUDIO_CHUNKS = /^(monaco|studio-view|connector-session)-/;
  return {
    name: 'studio-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const files = Object.values(ctx.bundle ?? {})
          .filter((c) => c.type === 'chunk' && !c.isEntry && STUDIO_CHUNKS.test(path.basename(c.fileName)))
          .map((c) => c.fileName);
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * The modules of shared/ only define things (no module runs anything on import but to fill its own
 * constants), so one whose exports nothing uses is left out even when a folder's index.ts re-exports
 * it: a worker that takes one name from shared/engines/certify does not carry the other files.
 */
const SHARED_HAS_NO_SIDE_EFFECTS = {
  moduleSideEffects: [
    {
      test: new RegExp(`^${fileURLToPath(new URL('./shared/', import.meta.url)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      sideEffects: false,
    },
  ],
};

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), contentSecurityPolicy(), preloadStudioChunks()],
  worker: { rolldownOptions: { treeshake: SHARED_HAS_NO_SIDE_EFFECTS } },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Assets stay files: the CSP allows data: URLs for images only (not fonts or workers).
    assetsInlineLimit: 0,
    // Monaco (editor API + JSON support, about 3.6 MB minified) is one chunk of its own, loaded only
    // once a connector is opened; the warning is for chunks beyond it.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      treeshake: SHARED_HAS_NO_SIDE_EFFECTS,
      output: {
        codeSplitting: {
          groups: [
            // Vite's preload helper is used by the entry and by Monaco; left alone it lands in Monaco's
            // chunk, and the entry then waits for 3.6 MB of editor code before the first render.
            { name: 'preload-helper', test: /preload-helper/, priority: 2 },
            { name: 'monaco', test: /node_modules[\\/]monaco-editor/, priority: 1 },
          ],
        },
      },
    },
  },
});
