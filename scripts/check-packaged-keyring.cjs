// electron-builder afterPack hook (electron-builder.yml): refuses a package without the keychain
// module's native binary for the platform and architecture it is built for.
//
// @napi-rs/keyring loads its binary from a per-platform package (@napi-rs/keyring-win32-x64-msvc,
// -darwin-arm64, -linux-x64-gnu, ...) that npm installs only on that platform. An installer built
// for another OS would start, then fail on the first secret; this stops the build instead, with
// the reason: each installer is built on its own OS.
const fs = require('node:fs');
const path = require('node:path');
const { Arch } = require('electron-builder');

// electron-builder's arch names to the ones in the keyring's package names (Node's process.arch).
const NODE_ARCH = { ia32: 'ia32', x64: 'x64', armv7l: 'arm', arm64: 'arm64' };

/** The keyring binaries (`<package>/<file>.node`) a packaged app carries unpacked beside its app.asar. */
function keyringBinaries(resourcesDir) {
  const scope = path.join(resourcesDir, 'app.asar.unpacked', 'node_modules', '@napi-rs');
  if (!fs.existsSync(scope)) return [];
  return fs
    .readdirSync(scope)
    .filter((name) => name.startsWith('keyring-'))
    .flatMap((name) =>
      fs
        .readdirSync(path.join(scope, name))
        .filter((file) => file.endsWith('.node'))
        .map((file) => `${name}/${file}`),
    );
}

async function afterPack(context) {
  const arch = Arch[context.arch];
  // A macOS universal app is the merge of its x64 and arm64 builds, each checked on its own.
  if (arch === 'universal') return;
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  const wanted = `keyring-${platform}-${NODE_ARCH[arch] ?? arch}`;
  const found = keyringBinaries(context.packager.getResourcesDir(context.appOutDir));
  if (found.some((file) => file.startsWith(`${wanted}-`) || file.startsWith(`${wanted}/`))) return;
  throw new Error(
    `The keychain module's native binary for ${platform}-${arch} (@napi-rs/${wanted}*) is not in the package` +
      ` (found: ${found.join(', ') || 'none'}). It comes with @napi-rs/keyring, a dependency in package.json, from a package` +
      ` npm installs only on that platform: build this installer on ${platform} (${arch}) after npm install.`,
  );
}

module.exports = { afterPack, keyringBinaries };
