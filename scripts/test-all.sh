#!/usr/bin/env bash
# npm test: type check + unit tests, then the extension-host suite and the UI checks in a real VS Code
# (code-server, provisioned into .vscode-test/ on first use) driven through Debian chromium.
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0; failed=0
layer() {
  local name="$1"; shift
  echo; echo "== $name"
  if "$@"; then passed=$((passed+1)); else failed=$((failed+1)); echo "!! $name failed"; fi
}
layer "type check (tsc --noEmit)" npx tsc --noEmit
layer "unit tests (mocha, src/analysis and cards)" npm run --silent test:unit
chromium="${CHROMIUM_PATH:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$chromium" ]; then
  echo
  echo "!! No Chromium browser found: the real-VS-Code layers (extension host, UI checks) cannot run."
  echo "   Install it with: sudo apt-get update && sudo apt-get install -y chromium   (or set CHROMIUM_PATH)"
  failed=$((failed+2))
else
  layer "extension-host tests in real VS Code (code-server)" npm run --silent test:host
  layer "Restricted Mode and virtual file system in real VS Code" npm run --silent test:restricted
  layer "UI checks in real VS Code through chromium" npm run --silent test:ui
  layer "the browser build in VS Code's web worker extension host" npm run --silent test:web
fi
echo
echo "test layers: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
