import * as vscode from 'vscode';

let channel: vscode.OutputChannel | undefined;

export function outputChannel(): vscode.OutputChannel {
  if (!channel) channel = vscode.window.createOutputChannel('News Lens');
  return channel;
}

export function log(message: string): void {
  outputChannel().appendLine(`[${new Date().toISOString()}] ${message}`);
}
