// V8 flags for the studio's renderer and its workers. The parse and certification workers allocate
// many short-lived objects on every keystroke in a large definition; a 64 MB young generation (the
// default is 16 MB) roughly halves the time they spend collecting them, as it does for the CLI
// (bin/connector-studio.cjs). Electron passes these to its renderers; the studio-ui benchmark starts
// Chromium with the same flags so it measures what the app runs.
export const RENDERER_JS_FLAGS = '--max-semi-space-size=64';
