import * as vscode from 'vscode';
import type { Corrections } from '../analysis/types';
import type { GroupBy } from './cards';

export type Category = 'actor' | 'place' | 'date' | 'quote';
export const CATEGORIES: Category[] = ['actor', 'place', 'date', 'quote'];

export interface Settings {
  enabled: boolean;
  categories: Record<Category, boolean>;
  annotatePlainText: boolean;
  detectDateline: boolean;
  maxFileSizeKB: number;
  debounceMs: number;
  groupBy: GroupBy;
  corrections: Corrections;
}

export function settings(): Settings {
  const c = vscode.workspace.getConfiguration('newsLens');
  const cats = c.get<Partial<Record<Category, boolean>>>('highlight.categories') ?? {};
  return {
    enabled: c.get<boolean>('highlight.enabled', true),
    categories: { actor: cats.actor !== false, place: cats.place !== false, date: cats.date !== false, quote: cats.quote !== false },
    annotatePlainText: c.get<boolean>('files.annotatePlainText', false),
    detectDateline: c.get<boolean>('files.detectDateline', true),
    maxFileSizeKB: c.get<number>('maxFileSizeKB', 2048),
    debounceMs: c.get<number>('debounceMs', 300),
    groupBy: c.get<GroupBy>('events.groupBy', 'date'),
    // plain copies: configuration values are proxies that cannot be posted to the worker
    corrections: JSON.parse(JSON.stringify({
      aliases: c.get<Record<string, string>>('corrections.aliases', {}),
      kinds: c.get<Corrections['kinds']>('corrections.kinds', {}),
      ignore: c.get<string[]>('corrections.ignore', []),
    })) as Corrections,
  };
}

/** Whether News Lens annotates this document. */
export function isNewsDocument(doc: vscode.TextDocument): boolean {
  if (doc.languageId === 'news') return true;
  if (doc.languageId === 'plaintext' || doc.languageId === 'markdown') {
    return settings().annotatePlainText && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled' || doc.uri.scheme === 'vscode-remote' || doc.uri.scheme === 'vscode-vfs');
  }
  return false;
}

export async function update(key: string, value: unknown): Promise<void> {
  // User settings, like other editor toggles: never writes into the reader's folder
  await vscode.workspace.getConfiguration('newsLens').update(key, value, vscode.ConfigurationTarget.Global);
}
