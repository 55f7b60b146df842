/** The Events view: events of the active article, grouped by date, actor, place or category. */
import * as vscode from 'vscode';
import type { Analysis, NewsEvent } from '../analysis/types';
import { eventDescription, eventLabel, groupEvents, type GroupBy } from './cards';
import { timed } from './log';

type Node = { type: 'group'; label: string; events: NewsEvent[] } | { type: 'event'; event: NewsEvent } | { type: 'message'; label: string };

const ICONS: Record<string, string> = {
  'public statement': 'megaphone', appeal: 'comment', threaten: 'warning', 'consult/meet': 'organization',
  disapprove: 'thumbsdown', 'support/aid': 'heart', cooperate: 'link', fight: 'flame', 'aerial attack': 'rocket',
  'seize territory': 'flag', 'deploy/mobilise': 'arrow-right', withdraw: 'arrow-left', 'kill/injure': 'error',
  'suicide attack': 'flame', arrest: 'lock', 'destroy property': 'trash',
};

export class EventsTree implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private doc: vscode.TextDocument | undefined;
  private analysis: Analysis | undefined;
  private message: string | undefined;
  groupBy: GroupBy = 'date';

  show(doc: vscode.TextDocument | undefined, analysis: Analysis | undefined, message?: string): void {
    this.doc = doc;
    this.analysis = analysis;
    this.message = message;
    this.emitter.fire(undefined);
  }

  setGroupBy(by: GroupBy): void {
    this.groupBy = by;
    this.emitter.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    return timed('events view rows', () => this.children(node));
  }

  private children(node?: Node): Node[] {
    if (node?.type === 'group') return node.events.map((event) => ({ type: 'event', event }));
    if (node) return [];
    if (this.message) return [{ type: 'message', label: this.message }];
    const a = this.analysis;
    if (!a) return [];
    if (!a.events.length) return [{ type: 'message', label: 'No events found in this article.' }];
    return groupEvents(a, this.groupBy).map((g) => ({ type: 'group', label: g.label, events: g.events }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'message') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.iconPath = new vscode.ThemeIcon('info');
      return item;
    }
    if (node.type === 'group') {
      // groups open by themselves unless the article has so many events that listing them all would be slow
      const many = (this.analysis?.events.length ?? 0) > 500;
      const item = new vscode.TreeItem(node.label, many ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.events.length} event${node.events.length === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon(this.groupBy === 'date' ? 'calendar' : this.groupBy === 'actor' ? 'person' : this.groupBy === 'place' ? 'location' : 'symbol-enum');
      item.id = `group:${this.groupBy}:${node.label}`;
      return item;
    }
    const a = this.analysis!;
    const ev = node.event;
    const item = new vscode.TreeItem(eventLabel(a, ev), vscode.TreeItemCollapsibleState.None);
    item.description = eventDescription(a, ev);
    const doc = this.doc;
    const sentence = doc ? doc.getText(new vscode.Range(doc.positionAt(ev.sentence.start), doc.positionAt(ev.sentence.end))) : '';
    item.tooltip = new vscode.MarkdownString().appendText(sentence);
    item.iconPath = new vscode.ThemeIcon(ICONS[ev.category] ?? 'circle-small');
    item.id = `event:${ev.start}:${ev.end}:${this.groupBy}`;
    if (this.doc) item.command = { command: 'newsLens.revealEvent', title: 'Reveal Event', arguments: [this.doc.uri, ev.sentence.start, ev.sentence.end, ev.start, ev.end] };
    return item;
  }

  dispose(): void { this.emitter.dispose(); }
}
