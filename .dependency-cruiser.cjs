// The layering of the architecture (README, "Folders") as an allow-list: a dependency that no entry
// of `allowed` names fails as `not-in-allowed`. The `forbidden` rules name the boundaries that
// deserve their own word in the report, and the checks an allow-list cannot express (cycles between
// folders, imports past a folder's index.ts). test/main/layering.test.ts proves each one fails.
//
// Known violations (today's offenders, nothing new) are listed in
// .dependency-cruiser-known-violations.json, which `npm run check:layers` passes to --ignore-known.
// Fix one and regenerate the list with
//   npx depcruise-baseline main preload renderer shared test --config .dependency-cruiser.cjs
// (never regenerate it to hide a new violation).
const fs = require('node:fs');
const path = require('node:path');

/** A path pattern matching the files of these npm packages (and of nothing else). */
function npmPackages(names) {
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(^|/)node_modules/(${escaped.join('|')})/`;
}

// The npm packages each layer may import, by name: package.json lists the bundled libraries as
// devDependencies (electron-builder packages only `dependencies`), so the dependency type says
// nothing about where a package may run. test/ and scripts/ may import any package.
const SHARED_PACKAGES = ['jsonc-parser', 'yaml', 'zod', 'postman-collection'];
const RENDERER_PACKAGES = ['react', 'react-dom', 'monaco-editor'];
const MAIN_PACKAGES = ['electron', 'zod', '@napi-rs/keyring'];
const PRELOAD_PACKAGES = ['electron'];

/**
 * The folders with an index.ts (or index.tsx), which is their public surface: main/index.ts and
 * preload/index.ts are entry points, not surfaces, so the layer folders themselves do not count.
 */
function foldersWithIndex() {
  const found = [];
  const visit = (folder) => {
    for (const entry of fs.readdirSync(path.join(__dirname, folder), { withFileTypes: true })) {
      if (entry.isDirectory()) visit(`${folder}/${entry.name}`);
      else if (/^index\.tsx?$/.test(entry.name) && folder.includes('/')) found.push(folder);
    }
  };
  for (const layer of ['main', 'preload', 'renderer', 'shared']) {
    if (fs.existsSync(path.join(__dirname, layer))) visit(layer);
  }
  return found.sort();
}

const escapePath = (folder) => folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  allowedSeverity: 'error',
  allowed: [
    // shared/: four rings, each importing itself and the rings below it.
    { comment: 'core: text, model, connector files.', from: { path: '^shared/core/' }, to: { path: '^shared/core/' } },
    {
      comment: 'engines: import, export, certify, diff, operation runs.',
      from: { path: '^shared/engines/' },
      to: { path: '^shared/(core|engines)/' },
    },
    {
      comment: 'editing: form state, edit operations, what each tab reads and edits.',
      from: { path: '^shared/editing/' },
      to: { path: '^shared/(core|engines|editing)/' },
    },
    { comment: 'contracts: IPC, CSP.', from: { path: '^shared/contracts/' }, to: { path: '^shared/' } },
    { comment: 'The runtime libraries shared/ uses.', from: { path: '^shared/' }, to: { path: npmPackages(SHARED_PACKAGES) } },

    // renderer/: UI over shared/; the machine only through the preload API. Its own rings: app/ over
    // studio/ (the concrete session, its view, the tab registry), over the tabs (wizard/), over the
    // fields (wizard/fields/); the editor and the workers at the bottom. A tab sees the session only
    // through session/ (the narrow editing interface, its context, the stores), which sits beneath
    // the tabs, over the editor and the workers. ui/ (UI pieces every ring shows, such as the modal
    // dialog) and api/ (the one accessor of the main-side services) sit beneath the tabs too and
    // import nothing else of the renderer.
    { comment: 'The entry point.', from: { path: '^renderer/[^/]+$' }, to: { path: '^renderer/' } },
    { comment: 'app: the window, menus, dialogs.', from: { path: '^renderer/app/' }, to: { path: '^renderer/' } },
    {
      comment: 'studio: the open connector, its view and its tabs.',
      from: { path: '^renderer/studio/' },
      to: { path: '^renderer/(session|studio|wizard|editor|workers|ui|api)/' },
    },
    {
      comment: 'session: the parts of the session and the interface the tabs receive.',
      from: { path: '^renderer/session/' },
      to: { path: '^renderer/(session|editor|workers)/' },
    },
    {
      comment: 'tabs: over the fields, the editor, the workers and the narrow session interfaces.',
      from: { path: '^renderer/wizard/' },
      to: { path: '^renderer/(wizard|editor|workers|session|ui|api)/' },
    },
    {
      comment: 'fields: the form controls every tab uses.',
      from: { path: '^renderer/wizard/fields/' },
      to: { path: '^renderer/(wizard/fields|session|ui)/' },
    },
    { comment: 'editor: Monaco, beneath the tabs.', from: { path: '^renderer/editor/' }, to: { path: '^renderer/(editor|workers)/' } },
    { comment: 'workers: no DOM, beneath everything.', from: { path: '^renderer/workers/' }, to: { path: '^renderer/workers/' } },
    { comment: 'ui and api: beneath the tabs.', from: { path: '^renderer/(ui|api)/' }, to: { path: '^renderer/$1/' } },
    { from: { path: '^renderer/' }, to: { path: '^shared/' } },
    { from: { path: '^renderer/' }, to: { path: npmPackages(RENDERER_PACKAGES) } },

    // main/: everything that touches the machine.
    { from: { path: '^main/' }, to: { path: '^(main|shared)/|^package\\.json$' } },
    { from: { path: '^main/' }, to: { path: npmPackages(MAIN_PACKAGES) } },
    { from: { path: '^main/' }, to: { dependencyTypes: ['core'] } },

    // preload/: the sandboxed bridge, electron and the contract only.
    { from: { path: '^preload/' }, to: { path: '^(preload|shared/contracts)/' } },
    { from: { path: '^preload/' }, to: { path: npmPackages(PRELOAD_PACKAGES) } },

    // test/ and scripts/ may import anything.
    { from: { path: '^(test|scripts)/' }, to: {} },
  ],
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ runs in the renderer, a worker, main and the CLI: no app layer, no Electron, no Node built-ins.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(main|preload|renderer)/|^electron$|node_modules/electron/' },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-ring-order',
      comment: 'core < engines < editing < contracts: a ring imports only the rings below it.',
      severity: 'error',
      from: { path: '^shared/core/' },
      to: { path: '^shared/(engines|editing|contracts)/' },
    },
    {
      name: 'shared-ring-order',
      severity: 'error',
      from: { path: '^shared/engines/' },
      to: { path: '^shared/(editing|contracts)/' },
    },
    {
      name: 'shared-ring-order',
      severity: 'error',
      from: { path: '^shared/editing/' },
      to: { path: '^shared/contracts/' },
    },
    {
      name: 'shared-no-folder-cycles',
      // dependency-cruiser links a folder to the folders its imports land in (and their parents);
      // with no-deep-import those are the folders' index.ts, so folder meets folder.
      comment: 'Two folders of shared/ that import each other are one folder: merge them or move what both need down.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^shared/' },
      to: { circular: true },
    },
    {
      name: 'main-not-renderer',
      comment: 'main/ serves the renderer; it never imports it or the preload.',
      severity: 'error',
      from: { path: '^main/' },
      to: { path: '^(renderer|preload)/' },
    },
    {
      name: 'renderer-not-main',
      comment: 'The renderer talks to main only through the preload API (the IPC contract).',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(main|preload)/|^electron$|node_modules/electron/' },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'workers-no-ui',
      comment: 'A worker has no DOM: no React, no components (.tsx), nothing of the app or the tabs.',
      severity: 'error',
      from: { path: '^renderer/workers/' },
      to: { path: ['^renderer/(app|wizard)/', '^renderer/.*\\.tsx$', npmPackages(['react', 'react-dom'])] },
    },
    {
      name: 'editor-not-tabs',
      comment: 'The editor sits beneath the session and the tabs; what a tab shares with it belongs lower down.',
      severity: 'error',
      from: { path: '^renderer/editor/' },
      to: { path: '^renderer/wizard/' },
    },
    {
      name: 'renderer-ring-order',
      comment: 'app > studio > tabs > fields: a tab reaches the session through renderer/session, never the app or renderer/studio.',
      severity: 'error',
      from: { path: '^renderer/(session|wizard|editor|workers|ui|api)/' },
      to: { path: '^renderer/(app|studio)/' },
    },
    {
      name: 'renderer-ring-order',
      comment: 'renderer/session is the narrow interface the tabs receive: it imports no tab.',
      severity: 'error',
      from: { path: '^renderer/session/' },
      to: { path: '^renderer/wizard/' },
    },
    {
      name: 'renderer-ring-order',
      comment: 'The fields sit beneath every tab: what a field needs from a tab belongs in the fields.',
      severity: 'error',
      from: { path: '^renderer/wizard/fields/' },
      to: { path: '^renderer/wizard/', pathNot: '^renderer/wizard/fields/' },
    },
    {
      name: 'renderer-ring-order',
      comment: 'The workers sit beneath the editor: no Monaco in a worker.',
      severity: 'error',
      from: { path: '^renderer/workers/' },
      to: { path: '^renderer/(editor|session)/' },
    },
    {
      name: 'renderer-no-folder-cycles',
      comment: 'Two folders of renderer/ that import each other are one layer: move what both need down.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^renderer/' },
      to: { circular: true },
    },
    {
      name: 'preload-only-contract',
      comment: 'The sandboxed preload may import electron and the shared contract, nothing of main or renderer.',
      severity: 'error',
      from: { path: '^preload/' },
      to: { path: '^(main|renderer)/' },
    },
    {
      name: 'main-services-no-electron',
      comment: 'Services are plain Node so the CLI and the browser host can use them; only the shell imports electron.',
      severity: 'error',
      from: { path: '^main/(services|cli)/|^main/(cli|host|host-cli)\\.ts$' },
      to: { path: '^electron$|node_modules/electron/' },
    },
    // A folder with an index.ts is reached only through it from outside (tests may reach inside).
    ...foldersWithIndex().map((folder) => ({
      name: 'no-deep-import',
      comment: `${folder}/index.ts is the folder's public surface: import it, not the files behind it.`,
      severity: 'error',
      from: { path: '^(main|preload|renderer|shared)/', pathNot: `^${escapePath(folder)}/` },
      to: { path: `^${escapePath(folder)}/`, pathNot: `^${escapePath(folder)}/index\\.tsx?$` },
    })),
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '^dist/' },
  },
};
