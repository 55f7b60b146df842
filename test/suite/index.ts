// Entry for the extension-host test run (the @vscode/test-electron convention: export run()).
// Used both by scripts/run-vscode.mjs (code-server, offline) and test/run-electron.ts (downloaded VS Code).
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  // NEWS_LENS_SUITE=restricted: the Restricted Mode / virtual file system suite (its own VS Code run)
  const restricted = process.env.NEWS_LENS_SUITE === 'restricted';
  mocha.suite.emit('pre-require', globalThis, restricted ? 'restricted.test' : 'extension.test', mocha);
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (restricted) require('./restricted.test');
  else require('./extension.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
