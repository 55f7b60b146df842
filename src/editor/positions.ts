/**
 * Offsets to editor positions. For a large result the worker sends the analysed text's line starts
 * (see ranges.ts); when they describe the document (same line count) positions come from them, without
 * the document's own line index, which its first positionAt builds over the whole text (tens of
 * milliseconds on a 10 MB article, on the extension host thread).
 */
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/types';
import { lineOf, precomputed } from './ranges';

export interface Positions {
  at(offset: number): vscode.Position;
  /** Offset where a line starts. */
  lineStart(line: number): number;
  /** Length of the text (an upper bound when the line starts are used: offsets past it are the analysis's own). */
  length: number;
}

export function positionsFor(doc: vscode.TextDocument, a: Analysis | undefined): Positions {
  const starts = a ? precomputed.get(a)?.lineStarts : undefined;
  if (starts && starts.length === doc.lineCount) {
    return {
      at: (o) => { const line = lineOf(starts, o); return new vscode.Position(line, o - starts[line]); },
      lineStart: (line) => starts[line],
      length: Number.MAX_SAFE_INTEGER,
    };
  }
  return {
    at: (o) => doc.positionAt(o),
    lineStart: (line) => doc.offsetAt(new vscode.Position(line, 0)),
    get length() { return doc.offsetAt(new vscode.Position(doc.lineCount, 0)); },
  };
}
