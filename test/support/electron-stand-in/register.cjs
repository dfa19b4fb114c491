// Preloaded with `node --require` in front of a built Electron main (dist/main/index.cjs, or the one
// inside a packaged app): `require('electron')` answers with the stand-in beside this file, so the
// artifact itself runs under plain Node (Electron's binary cannot run on the test machines).
// STAND_IN_PACKAGED=1 makes process.argv look like a packaged app's ([exe, ...args]).
const Module = require('node:module');
const path = require('node:path');

const standIn = path.join(__dirname, 'electron.cjs');
const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'electron') return originalLoad.call(this, standIn, parent, isMain);
  return originalLoad.call(this, request, parent, isMain);
};
if (process.env.STAND_IN_PACKAGED === '1') process.argv.splice(1, 1);
