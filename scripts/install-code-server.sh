#!/usr/bin/env bash
# Installs code-server (VS Code 1.100.3 served to a browser) into a cache
# folder outside the project's node_modules, for the end-to-end tests and
# `npm start`. It works without the internet beyond the npm registry; the
# workarounds are explained in shared/notes/vscode-e2e.md. It does nothing
# when the pinned version is already installed.
set -euo pipefail

VERSION=4.100.3
CACHE="${REFSCOPE_CACHE:-$HOME/.cache/refscope}"
DEST="$CACHE/code-server-$VERSION"
BIN="$DEST/node_modules/.bin/code-server"

if [ -x "$BIN" ] && [ -f "$DEST/.installed" ]; then
  echo "$BIN"
  exit 0
fi

# Two installs at once (an e2e test and `npm start`) would write into the
# same folder; the second waits for the first and then finds it done.
mkdir -p "$CACHE"
if command -v flock >/dev/null; then
  exec 9>"$CACHE/.install.lock"
  flock 9
  if [ -x "$BIN" ] && [ -f "$DEST/.installed" ]; then
    echo "$BIN"
    exit 0
  fi
fi

command -v rg >/dev/null || { echo "install-code-server: ripgrep (rg) is required: apt-get install ripgrep" >&2; exit 1; }

# @vscode/ripgrep's postinstall would download ripgrep; hand it Debian's
# binary through the cache folder it checks first.
RG_TMP="${TMPDIR:-/tmp}"
RG_CACHE="$RG_TMP/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RG_CACHE"
if [ ! -f "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" ]; then
  STAGE="$(mktemp -d)"
  cp "$(command -v rg)" "$STAGE/rg"
  tar -czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$STAGE" rg
  rm -rf "$STAGE"
fi

mkdir -p "$DEST"
cd "$DEST"
[ -f package.json ] || echo '{"name":"refscope-code-server-cache","private":true}' > package.json
npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr \
  npm install --no-audit --no-fund --loglevel=error "code-server@$VERSION" >&2
touch .installed
echo "$BIN"
