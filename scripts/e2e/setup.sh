#!/usr/bin/env bash
# Installs what the end-to-end tests need: Debian's chromium, libkrb5-dev and ripgrep, and
# code-server (VS Code for the Web) from npm into .e2e-cache/code-server, with its native
# modules built here (its own postinstall downloads from GitHub, which these machines cannot
# reach). See shared/notes/vscode-web-e2e.md for the recipe.
#
# Idempotent: each step checks whether it is already done; the code-server part is skipped
# as a whole when its stamp file matches this script's version and the running Node's ABI.
# Runs without input (CI=true); the Debian step needs root, the rest does not.
#
# Usage: bash scripts/e2e/setup.sh        (E2E_CACHE=DIR to put the cache elsewhere)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CS_VERSION="4.100.3"
CACHE="${E2E_CACHE:-$ROOT/.e2e-cache}"
CS_PREFIX="$CACHE/code-server"
CS_PKG="$CS_PREFIX/node_modules/code-server"
VSCODE_DIR="$CS_PKG/lib/vscode"
# Bump SETUP_REV when the steps below change, so existing caches are redone.
SETUP_REV=1
STAMP="$CS_PREFIX/.setup-stamp"
NATIVE_MODULES=(kerberos node-pty @vscode/spdlog @parcel/watcher native-watchdog @vscode/deviceid)
APT_PACKAGES=(chromium libkrb5-dev ripgrep)

T0=$(date +%s)
log() { printf '[e2e-setup +%ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }
die() { printf '[e2e-setup] ERROR: %s\n' "$*" >&2; exit 1; }
trap 'printf "[e2e-setup] ERROR: line %s failed: %s\n" "$LINENO" "$BASH_COMMAND" >&2' ERR

command -v node >/dev/null || die "node is not on PATH (Node 20 is needed)"
command -v npm >/dev/null || die "npm is not on PATH"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" = 20 ] || die "code-server $CS_VERSION needs Node 20; this is Node $(node -v)"
STAMP_CONTENT="code-server=$CS_VERSION rev=$SETUP_REV node-abi=$(node -p process.versions.modules)"

# The npm clients' noise about this machine's npmrc (nodedir) is harmless.
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
# Native modules: never try a prebuilt download (prebuild-install, node-pre-gyp), build here.
export npm_config_build_from_source=true
# node-pty (code-server 4.100) runs `npx node-gyp` in its install script: let npx fetch it without asking.
export npm_config_yes=true
export JOBS="${JOBS:-$(nproc)}"

# --- 1. Debian packages -------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" != "install ok installed" ]; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "Debian packages missing (${missing[*]}); run this script as root, or: apt-get install -y ${missing[*]}"
  log "apt-get update"
  DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null || die "apt-get update failed"
  log "apt-get install -y ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null || die "apt-get install ${missing[*]} failed"
else
  log "Debian packages present: ${APT_PACKAGES[*]}"
fi
command -v chromium >/dev/null || die "chromium is not on PATH after installing it"
command -v rg >/dev/null || die "rg (ripgrep) is not on PATH after installing it"

# --- 2. The project's own dev dependencies (playwright-core, tsx, @vscode/vsce) ------------
if [ ! -d "$ROOT/node_modules/playwright-core" ] || [ ! -d "$ROOT/node_modules/tsx" ] || [ ! -d "$ROOT/node_modules/@vscode/vsce" ]; then
  log "npm ci (playwright-core, tsx or @vscode/vsce missing from node_modules)"
  (cd "$ROOT" && npm ci) || die "npm ci failed in $ROOT"
else
  log "node_modules has playwright-core, tsx and @vscode/vsce"
fi

# --- 3. code-server -----------------------------------------------------------------------
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$STAMP_CONTENT" ] && [ -f "$CS_PKG/out/node/entry.js" ]; then
  log "code-server $CS_VERSION already set up in $CS_PREFIX ($STAMP_CONTENT); done"
  exit 0
fi
rm -f "$STAMP"
mkdir -p "$CS_PREFIX"

installed_version="$( [ -f "$CS_PKG/package.json" ] && node -p "require('$CS_PKG/package.json').version" || true)"
if [ "$installed_version" != "$CS_VERSION" ]; then
  log "npm install code-server@$CS_VERSION --ignore-scripts into $CS_PREFIX"
  rm -rf "$CS_PREFIX/node_modules" "$CS_PREFIX/package-lock.json"
  # A package.json of its own, so npm does not walk up to the project's.
  echo '{ "name": "e2e-code-server", "private": true }' > "$CS_PREFIX/package.json"
  (cd "$CS_PREFIX" && npm install --prefix "$CS_PREFIX" --ignore-scripts --no-save "code-server@$CS_VERSION") \
    || die "npm install code-server@$CS_VERSION failed"
else
  log "code-server $CS_VERSION already installed"
fi
[ -d "$VSCODE_DIR" ] || die "$VSCODE_DIR is missing: the code-server package looks incomplete"

log "shrinkwrap: let @vscode/proxy-agent come from the registry, not a GitHub URL"
node -e '
  const fs = require("fs");
  const f = process.argv[1];
  const j = JSON.parse(fs.readFileSync(f, "utf8"));
  const e = j.packages && j.packages["node_modules/@vscode/proxy-agent"];
  if (e && (e.resolved || e.integrity)) {
    delete e.resolved; delete e.integrity;
    fs.writeFileSync(f, JSON.stringify(j, null, 2) + "\n");
    console.log("  dropped resolved/integrity of @vscode/proxy-agent " + e.version);
  } else console.log("  nothing to change");
' "$VSCODE_DIR/npm-shrinkwrap.json" || die "could not patch $VSCODE_DIR/npm-shrinkwrap.json"

log "lib/vscode: npm install --omit=dev --ignore-scripts"
(cd "$VSCODE_DIR" && npm install --omit=dev --ignore-scripts) || die "npm install in $VSCODE_DIR failed"

log "lib/vscode: npm rebuild ${NATIVE_MODULES[*]} (node-gyp, JOBS=$JOBS; takes about a minute)"
(cd "$VSCODE_DIR" && npm rebuild "${NATIVE_MODULES[@]}" >"$CS_PREFIX/rebuild.log" 2>&1) \
  || { tail -n 40 "$CS_PREFIX/rebuild.log" >&2; die "npm rebuild of the native modules failed (log: $CS_PREFIX/rebuild.log; kerberos needs libkrb5-dev)"; }

log "link Debian's rg as @vscode/ripgrep's binary"
mkdir -p "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin"
ln -sfn "$(command -v rg)" "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin/rg"

log "link node_modules.asar -> node_modules"
ln -sfn node_modules "$VSCODE_DIR/node_modules.asar"

# The rest of code-server's postinstall: the `code` CLI for the integrated terminal.
ln -sfn code-linux.sh "$VSCODE_DIR/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$VSCODE_DIR/bin/helpers/browser.sh"

log "npm rebuild argon2 (top level)"
(cd "$CS_PREFIX" && npm rebuild argon2 >>"$CS_PREFIX/rebuild.log" 2>&1) \
  || { tail -n 40 "$CS_PREFIX/rebuild.log" >&2; die "npm rebuild argon2 failed (log: $CS_PREFIX/rebuild.log)"; }

log "check: the native modules load in this Node"
(cd "$VSCODE_DIR" && node -e '
  for (const m of process.argv.slice(1)) {
    try { require(require.resolve(m, { paths: [process.cwd()] })); }
    catch (e) { console.error("cannot load " + m + ": " + e.message); process.exit(1); }
  }' "${NATIVE_MODULES[@]}") || die "a native module does not load"
(cd "$CS_PREFIX" && node -e 'require("argon2")') || die "argon2 does not load"
"$VSCODE_DIR/node_modules/@vscode/ripgrep/bin/rg" --version >/dev/null || die "ripgrep link is broken"

echo "$STAMP_CONTENT" > "$STAMP"
log "code-server $CS_VERSION ready: node $CS_PKG/out/node/entry.js"
