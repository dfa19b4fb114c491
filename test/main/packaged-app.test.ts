// What ships: the desktop app as electron-builder packages it (scripts/package-linux-dir.mjs, the
// `--linux dir` target with a stand-in for Electron's binary, plus the deb target up to its fpm
// download). Checks app.asar's contents and size, the keychain module unpacked beside it, the fuses
// flipped in the packaged binary, the .deb's desktop entry and icons, then runs the packaged main
// itself: extracted from app.asar (with app.asar.unpacked, as Electron reads them), under plain Node
// with the stand-in electron module, loading the keyring from the package, against the real keychain
// (run under scripts/with-keychain.sh) and a real HTTP server. `npm run build` makes the bundles
// first (npm test builds first).
import asar from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch } from 'electron-builder';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYCHAIN_SERVICE, loadKeytar } from '../../main/services/secret-store';
import { launchBuiltMain, type BuiltMain } from '../support/built-main';
import { REPO_ROOT } from '../support/corpus';
import { startKeyedApi, writeEchoConnector, type KeyedApi } from '../support/echo-connector';
import { keychainAvailable } from '../support/keychain-available';
import { describeHits, scanTree, secretForms } from '../support/secret-scan';

const PACKAGE_SCRIPT = path.join(REPO_ROOT, 'scripts', 'package-linux-dir.mjs');
const BUNDLES = ['dist/main/index.cjs', 'dist/preload/index.cjs', 'dist/renderer/index.html'];
const packageJson = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { desktopName: string; homepage: string };
const available = await keychainAvailable("the packaged app's keychain tests are");
const SECRET = `sk-${randomBytes(12).toString('hex')}`;
// A fuse's byte in the wire (@electron/fuses' FuseState, which its index does not export).
const FUSE_OFF = '0'.charCodeAt(0);
const FUSE_ON = '1'.charCodeAt(0);

let api: KeyedApi | undefined;

let tmp = '';
let output = '';
let appOutDir = '';
let archive = '';
let extracted = '';
let packagingLog = '';
let dir = '';
let env: NodeJS.ProcessEnv = {};
let app: BuiltMain | undefined;

beforeAll(async () => {
  const missing = BUNDLES.filter((b) => !existsSync(path.join(REPO_ROOT, b)));
  if (missing.length) throw new Error(`${missing.join(', ')} missing: run npm run build first (npm test does).`);
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'studio-packaged-')));
  output = path.join(tmp, 'release');
  const started = performance.now();
  const run = await promisify(execFile)(process.execPath, [PACKAGE_SCRIPT, output, '--deb-layout'], {
    cwd: REPO_ROOT,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((e: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`scripts/package-linux-dir.mjs failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  });
  packagingLog = run.stdout;
  console.log(`[packaged-app] packaged in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  appOutDir = path.join(output, 'linux-unpacked');
  archive = path.join(appOutDir, 'resources', 'app.asar');
  // As Electron reads it: files marked unpacked come from app.asar.unpacked beside the archive.
  extracted = path.join(tmp, 'app');
  asar.extractAll(archive, extracted);

  api = await startKeyedApi(SECRET);
  dir = path.join(tmp, 'Echo connector');
  await writeEchoConnector(dir, api.port);
  env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'config') };
  delete env.CONNECTOR_STUDIO_APP_DATA;
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await api?.close();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

/** Every file app.asar lists (unpacked ones included: they are in its header), as /-rooted paths. */
function asarFiles(): string[] {
  return asar
    .listPackage(archive, { isPack: false })
    .filter((p) => !('files' in asar.statFile(archive, p.slice(1), false)))
    .map((p) => p.split(path.sep).join('/'));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the packaged Linux app (electron-builder --linux dir)', () => {
  it('app.asar holds the three bundles and the keychain module, nothing else, in under 20 MB', async () => {
    const { size } = await fs.stat(archive);
    expect(size).toBeLessThan(20 * 1024 * 1024);
    expect(packagingLog).toMatch(/app\.asar: [\d.]+ MB \(\d+ bytes\), \d+ files/);

    const files = asarFiles();
    for (const bundle of BUNDLES) expect(files).toContain(`/${bundle}`);
    // Opening, importing and packaging run in the worker the main starts from its own folder.
    expect(files).toContain('/dist/main/heavy-work-worker.cjs');
    expect(files).toContain('/node_modules/@napi-rs/keyring/keytar.js');
    expect(files).toContain('/node_modules/@napi-rs/keyring/index.js');
    // Only the bundles, package.json and the keyring packages.
    const unexpected = files.filter(
      (f) =>
        !/^\/dist\/(main|preload|renderer)\//.test(f) &&
        f !== '/package.json' &&
        !/^\/node_modules\/@napi-rs\/keyring(-[a-z0-9-]+)?\//.test(f),
    );
    expect(unexpected).toEqual([]);
    for (const library of ['monaco-editor', 'zod', 'yaml', 'react', 'react-dom', '@faker-js', 'postman-collection']) {
      expect(files.filter((f) => f.startsWith(`/node_modules/${library}/`))).toEqual([]);
    }
    expect(files).not.toContain('/dist/cli.cjs');
    expect(files).not.toContain('/dist/host.cjs');
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('the keychain binary is unpacked to app.asar.unpacked, for this platform', async () => {
    const binaries = asarFiles().filter((f) => f.endsWith('.node'));
    expect(binaries).toEqual([
      expect.stringMatching(
        new RegExp(`^/node_modules/@napi-rs/keyring-${process.platform}-${process.arch}[a-z0-9-]*/keyring\\.[a-z0-9-]+\\.node$`),
      ),
    ]);
    const onDisk = path.join(appOutDir, 'resources', 'app.asar.unpacked', binaries[0]!);
    expect((await fs.stat(onDisk)).size).toBeGreaterThan(100_000);
    expect(asar.statFile(archive, binaries[0]!.slice(1), false)).toMatchObject({ unpacked: true });
  });

  it("the packaged binary carries the fuses of electron-builder.yml, flipped from Electron's defaults", async () => {
    // The stand-in starts with Electron's default wire (runAsNode, nodeOptions, nodeCliInspect on;
    // cookieEncryption, asar integrity, onlyLoadAppFromAsar off; file protocol privileges on);
    // electron-builder flipped it.
    const wire = await getCurrentFuseWire(path.join(appOutDir, 'connector-studio'));
    const state = (fuse: FuseV1Options) => (wire as unknown as Record<number, number>)[fuse];
    expect({
      runAsNode: state(FuseV1Options.RunAsNode),
      enableNodeOptionsEnvironmentVariable: state(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      enableNodeCliInspectArguments: state(FuseV1Options.EnableNodeCliInspectArguments),
      enableCookieEncryption: state(FuseV1Options.EnableCookieEncryption),
      enableEmbeddedAsarIntegrityValidation: state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      onlyLoadAppFromAsar: state(FuseV1Options.OnlyLoadAppFromAsar),
      grantFileProtocolExtraPrivileges: state(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual({
      runAsNode: FUSE_OFF,
      enableNodeOptionsEnvironmentVariable: FUSE_OFF,
      enableNodeCliInspectArguments: FUSE_OFF,
      enableCookieEncryption: FUSE_ON,
      enableEmbeddedAsarIntegrityValidation: FUSE_ON,
      onlyLoadAppFromAsar: FUSE_ON,
      grantFileProtocolExtraPrivileges: FUSE_OFF,
    });
  });

  it('the .deb gets past its checks and installs the desktop entry and the icon set', async () => {
    // `dir` writes neither: the deb target (stopped before its fpm download) gives what the package installs.
    const layout = path.join(output, 'deb-layout');
    const fpmArgs = JSON.parse(await fs.readFile(path.join(layout, 'fpm-args.json'), 'utf8')) as string[];
    expect(fpmArgs[fpmArgs.indexOf('--url') + 1]).toBe(packageJson.homepage);
    expect(fpmArgs[fpmArgs.indexOf('--maintainer') + 1]).toMatch(/^Connector Studio contributors <.+@.+>$/);

    const desktopName = packageJson.desktopName;
    const entry = await fs.readFile(path.join(layout, 'usr', 'share', 'applications', desktopName), 'utf8');
    const fields = Object.fromEntries(
      entry
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    expect(fields).toMatchObject({
      Name: 'Connector Studio',
      Exec: '"/opt/Connector Studio/connector-studio" %F',
      Type: 'Application',
      Icon: 'connector-studio',
      // Electron's app_id / WM_CLASS on Linux is desktopName: the window belongs to this launcher.
      StartupWMClass: desktopName.replace(/\.desktop$/, ''),
      Categories: 'Development;',
    });

    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const icon = path.join(layout, 'usr', 'share', 'icons', 'hicolor', `${size}x${size}`, 'apps', 'connector-studio.png');
      expect(pngSize(icon)).toEqual({ width: size, height: size });
    }
    expect(pngSize(path.join(REPO_ROOT, 'build', 'icon.png'))).toEqual({ width: 512, height: 512 });
  });

  it('a package for another platform, without its keychain binary, is refused', async () => {
    const { afterPack } = createRequire(import.meta.url)('../../scripts/check-packaged-keyring.cjs') as {
      afterPack(context: {
        arch: Arch;
        electronPlatformName: string;
        appOutDir: string;
        packager: { getResourcesDir(d: string): string };
      }): Promise<void>;
    };
    const context = (electronPlatformName: string, arch: Arch) => ({
      arch,
      electronPlatformName,
      appOutDir,
      packager: { getResourcesDir: (d: string) => path.join(d, 'resources') },
    });
    await expect(afterPack(context(process.platform, process.arch === 'arm64' ? Arch.arm64 : Arch.x64))).resolves.toBeUndefined();
    await expect(afterPack(context('win32', Arch.x64))).rejects.toThrow(/keyring-win32-x64.*build this installer on win32/);
    await expect(afterPack(context('darwin', Arch.arm64))).rejects.toThrow(/keyring-darwin-arm64/);
  });
});

describe.skipIf(!available)('the packaged main, from app.asar, with the keyring from app.asar.unpacked and the real keychain', () => {
  let connectionId = '';

  it('loads the keyring shipped in the package, and serves its renderer', async () => {
    const mainFile = path.join(extracted, 'dist', 'main', 'index.cjs');
    app = await launchBuiltMain(mainFile, { env, cwd: tmp, args: [dir], packaged: true });
    // Outside the repository: the only @napi-rs/keyring the packaged main can reach is its own.
    expect(createRequire(mainFile).resolve('@napi-rs/keyring/keytar.js')).toBe(
      path.join(extracted, 'node_modules', '@napi-rs', 'keyring', 'keytar.js'),
    );

    const state = await app.state();
    expect(state.windows[0]!.webPreferences.preload).toBe(path.join(extracted, 'dist', 'preload', 'index.cjs'));
    const page = await app.fetch('studio://app/index.html');
    expect(page.status).toBe(200);
    expect(page.body).toBe(await fs.readFile(path.join(extracted, 'dist', 'renderer', 'index.html'), 'utf8'));
    const script = /src="\.?\/?(assets\/index-[^"]+\.js)"/.exec(page.body)?.[1];
    expect(script).toBeDefined();
    const asset = await app.fetch(`studio://app/${script}`);
    expect(asset.status).toBe(200);
    expect(asset.body).toBe(await fs.readFile(path.join(extracted, 'dist', 'renderer', script!), 'utf8'));
  });

  it('imports an OpenAPI 3 YAML description in the heavy-work worker shipped in the package', async () => {
    const spec = path.join(tmp, 'specs', 'pets.yaml');
    await fs.mkdir(path.dirname(spec), { recursive: true });
    await fs.writeFile(
      spec,
      'openapi: 3.0.3\ninfo: { title: Pets, version: "1" }\nservers: [{ url: "https://pets.contoso.com" }]\npaths:\n  /pets:\n    get:\n      operationId: ListPets\n      responses: { "200": { description: OK } }\n',
    );
    const target = path.join(tmp, 'Pets');
    const imported = await app!.invoke('studio:importConnector', { source: { kind: 'path', path: spec }, dir: target });
    expect(imported).toMatchObject({ ok: true, value: { format: 'openapi3', connector: { dir: target } } });
  });

  it('keychain available; a secret saved through IPC is used by an operation test against a real server', async () => {
    const status = await app!.invoke<{ state: string; message: string }>('studio:secretStoreStatus', {});
    expect(status).toMatchObject({ ok: true, value: { state: 'keychain' } });

    const saved = await app!.invoke<{ id: string; secretNames: string[] }>('studio:saveConnection', {
      dir,
      name: 'Prod',
      values: {},
      secrets: { api_key: SECRET },
    });
    expect(saved).toMatchObject({ ok: true, value: { secretNames: ['api_key'] } });
    connectionId = saved.ok ? saved.value.id : '';
    const keytar = await loadKeytar();
    expect((await keytar.findCredentials(KEYCHAIN_SERVICE)).filter((c) => c.password === SECRET)).toHaveLength(1);
    expect(describeHits((await scanTree(tmp, secretForms(SECRET))).hits)).toEqual([]);

    const run = await app!.invoke<{ outcome: string; response?: { status: number } }>('studio:runOperationTest', {
      dir,
      operation: 'Echo',
      inputs: {},
      connectionId,
      definitionText: await fs.readFile(path.join(dir, 'apiDefinition.swagger.json'), 'utf8'),
      propertiesText: await fs.readFile(path.join(dir, 'apiProperties.json'), 'utf8'),
    });
    expect(run.ok ? { status: run.value.response?.status } : run).toEqual({ status: 200 });
  });

  it('deletes the connection and its keychain entry; the secret is in no file', async () => {
    expect(await app!.invoke('studio:deleteConnection', { dir, id: connectionId })).toEqual({ ok: true, value: { deleted: true } });
    const keytar = await loadKeytar();
    expect((await keytar.findCredentials(KEYCHAIN_SERVICE)).filter((c) => c.password === SECRET)).toEqual([]);
    expect(describeHits((await scanTree(tmp, secretForms(SECRET))).hits)).toEqual([]);
    expect(app!.stderr()).not.toContain(SECRET);
  });
});
