// The layering rules of the architecture (see README, "Folders"): shared/ is pure and runs
// everywhere; the renderer reaches the machine only through the IPC contract.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
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
