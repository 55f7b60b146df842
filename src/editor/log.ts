import * as vscode from 'vscode';

let channel: vscode.OutputChannel | undefined;

export function outputChannel(): vscode.OutputChannel {
  if (!channel) channel = vscode.window.createOutputChannel('News Lens');
  return channel;
}

export function log(message: string): void {
  outputChannel().appendLine(`[${new Date().toISOString()}] ${message}`);
  // the test harness reads the log on the console (scripts/run-vscode.mjs sets this)
  if (typeof process !== 'undefined' && process.env?.NEWS_LENS_LOG_TO_CONSOLE === '1') console.log(`    [News Lens] ${message}`);
}

/** Runs `fn`, and writes a log line when it held the extension host's thread for more than 16 ms. */
export function timed<T>(what: string, fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    const ms = performance.now() - t0;
    if (ms > 16) log(`slow on the extension host thread: ${what} took ${ms.toFixed(0)} ms`);
  }
}
