// Packages the desktop app as electron-builder's unpacked Linux build (`electron-builder --linux dir`),
// offline: Electron's binary comes from GitHub, so a stand-in takes its place (electronDist). The
// stand-in is a shell script that runs nothing; it carries Electron's fuse wire (sentinel, version,
// length, one byte per fuse at Electron's defaults) so electron-builder flips the fuses of
// electron-builder.yml in it exactly as in a real binary, and they are read back here. Everything
// else is the real packaging: electron-builder.yml, app.asar, app.asar.unpacked, the afterPack check.
//
// --deb-layout also runs the deb target up to the point where it calls fpm (a GitHub download): its
// configuration checks, then the files it would put in the .deb besides the app (the .desktop file and
// the icons) are written under <output>/deb-layout/ as they would be installed, with fpm's arguments in
// <output>/deb-layout/fpm-args.json. (The deb target also adds resources/apparmor-profile to the app.)
//
// Usage (after npm run build): node scripts/package-linux-dir.mjs [output-folder, default release] [--deb-layout]
// Prints app.asar's size and file count and the fuses read back from the packaged binary.
import asar from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { existsSync, promises as fs, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const debLayout = args.includes('--deb-layout');
const output = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, 'release'));

for (const bundle of ['dist/main/index.cjs', 'dist/preload/index.cjs', 'dist/renderer/index.html']) {
  if (!existsSync(path.join(root, bundle))) {
    console.error(`${bundle} is missing: run npm run build first.`);
    process.exit(1);
  }
}

// Electron's fuse wire as its binary carries it: the sentinel, the wire version (1), the number of
// fuses, then one byte per fuse ('0' off, '1' on), in @electron/fuses' FuseV1Options order, at the
// defaults Electron documents: runAsNode on, cookieEncryption off, nodeOptions on, nodeCliInspect on,
// embeddedAsarIntegrityValidation off, onlyLoadAppFromAsar off, loadBrowserProcessSpecificV8Snapshot
// off, grantFileProtocolExtraPrivileges on.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ELECTRON_DEFAULT_FUSES = '10110001';
const STAND_IN = Buffer.concat([
  Buffer.from(
    '#!/bin/sh\n' +
      "# A stand-in for Electron's binary (scripts/package-linux-dir.mjs): it carries the fuse wire, runs nothing.\n" +
      'echo "This build has a stand-in instead of Electron\'s binary (offline packaging check): it cannot start." >&2\n' +
      'exit 1\n' +
      `# ${FUSE_SENTINEL}`,
  ),
  Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]),
  Buffer.from(`${ELECTRON_DEFAULT_FUSES}\n`),
]);

const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const standIn = await fs.mkdtemp(path.join(os.tmpdir(), 'electron-stand-in-'));
const started = performance.now();
try {
  await fs.writeFile(path.join(standIn, 'electron'), STAND_IN, { mode: 0o755 });
  await fs.writeFile(path.join(standIn, 'version'), `v${electronVersion}`);

  const { build, Platform, Arch } = await import('electron-builder');
  const arch = { x64: Arch.x64, arm64: Arch.arm64, arm: Arch.armv7l, ia32: Arch.ia32 }[process.arch] ?? Arch.x64;
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget(debLayout ? ['dir', 'deb'] : ['dir'], arch),
    publish: 'never',
    config: { electronDist: standIn, directories: { output } },
    // Called by the deb target with fpm's arguments just before it runs fpm: true skips fpm.
    effectiveOptionComputed: async ([fpmArgs, desktopFile]) => {
      await writeDebLayout(path.join(output, 'deb-layout'), fpmArgs, desktopFile);
      return true;
    },
  });
} finally {
  await fs.rm(standIn, { recursive: true, force: true });
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const appOutDir = path.join(output, (await fs.readdir(output)).find((d) => /^linux(-[a-z0-9]+)?-unpacked$/.test(d)) ?? 'linux-unpacked');
const summary = asarSummary(path.join(appOutDir, 'resources', 'app.asar'));
const fuses = await readFuses(path.join(appOutDir, 'connector-studio'));
const shown = (p) => (p.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), p) : p);
console.log(`packaged in ${seconds} s: ${shown(appOutDir)}`);
console.log(
  `app.asar: ${(summary.bytes / 1024 / 1024).toFixed(1)} MB (${summary.bytes} bytes), ${summary.files} files, ` +
    `${summary.unpacked} of them unpacked to app.asar.unpacked`,
);
console.log(
  `fuses: ${Object.entries(fuses)
    .map(([name, on]) => `${name} ${on ? 'on' : 'off'}`)
    .join(', ')}`,
);
if (debLayout) console.log(`deb layout (without the app under /opt): ${shown(path.join(output, 'deb-layout'))}`);

/** Copies the files fpm would map into the .deb (`source=/install/path`), except the app folder itself. */
async function writeDebLayout(dir, fpmArgs, desktopFile) {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  const mappings = fpmArgs
    .filter((a) => /^[^-].*=\//.test(a))
    .map((a) => ({ source: a.slice(0, a.lastIndexOf('=')), target: a.slice(a.lastIndexOf('=') + 1) }));
  for (const { source, target } of mappings) {
    if (target.startsWith('/opt/')) continue;
    const dest = path.join(dir, target);
    await fs.mkdir(path.dirname(dest), { recursive: true });
    await fs.copyFile(source === desktopFile ? desktopFile : source, dest);
  }
  await fs.writeFile(
    path.join(dir, 'fpm-args.json'),
    `${JSON.stringify(
      fpmArgs.map((a) => a.split(root).join('<repo>').split(output).join('<output>')),
      null,
      2,
    )}\n`,
  );
}

/** app.asar's size and how many files it lists (unpacked ones included: they are in its header). */
function asarSummary(file) {
  const entries = asar.listPackage(file, { isPack: false }).map((p) => p.slice(1));
  const files = entries.filter((p) => !('files' in asar.statFile(file, p, false)));
  const unpacked = files.filter((p) => asar.statFile(file, p, false).unpacked);
  return { bytes: statSync(file).size, files: files.length, unpacked: unpacked.length };
}

/** The fuses as the packaged binary carries them, by @electron/fuses' names (true: enabled). */
async function readFuses(binary) {
  const wire = await getCurrentFuseWire(binary);
  const fuses = {};
  for (const [index, state] of Object.entries(wire)) {
    if (index === 'version') continue;
    fuses[FuseV1Options[index] ?? `fuse ${index}`] = state === '1'.charCodeAt(0);
  }
  return fuses;
}
