// V8 flags for the studio's renderer and its workers. The parse and certification workers allocate
// many short-lived objects on every keystroke in a large definition; a 64 MB young generation (the
// default is 16 MB) roughly halves the time they spend collecting them. Electron passes these to its
// renderers; the studio-ui benchmark starts Chromium with the same flags, and `npm run bench` runs
// Node with the same size, so both measure what the app runs. (The CLI runs with Node's defaults:
// restarting itself with the flag cost every command about 0.3 s of start-up.)
export const RENDERER_JS_FLAGS = '--max-semi-space-size=64';
