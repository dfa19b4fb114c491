// Builds the renderer (renderer/ -> dist/renderer). Relative asset paths (base './') so the same build
// loads from file:// in Electron and from the browser host. shared/ lies outside the root and is
// reached through relative imports, which Vite bundles like any other module.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Assets stay files: the CSP allows data: URLs for images only (not fonts or workers).
    assetsInlineLimit: 0,
  },
});
