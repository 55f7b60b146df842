/**
 * TimeML output for the official TempEval-3 scorer (`Tools/tools/evaluation-entities`): the gold
 * file with its TIMEX3, EVENT and SIGNAL tags taken out of <TEXT> and News Lens's time expressions
 * put in, the text itself kept byte for byte (the scorer refuses any change). The scorer pairs
 * system and gold expressions by `tid` (same tid: a relaxed match; same text too: a strict one),
 * so an expression that overlaps a gold one takes its tid, as TempEval-3's own id alignment did;
 * the others get fresh ids.
 */
import type { DateAnnotation } from '../analysis';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `dates` and `gold` (the file's own expressions with their tids, as readTempeval gives them) carry
 * offsets into the decoded text of <TEXT>, as the TempEval reader builds it.
 */
export function timemlWithTimexes(xml: string, dates: Pick<DateAnnotation, 'start' | 'end' | 'type' | 'value'>[],
  gold: { start: number; end: number; id?: string }[]): string {
  const open = /<TEXT>/.exec(xml);
  const close = xml.indexOf('</TEXT>');
  if (!open || close < 0) return xml;
  const bodyStart = open.index + open[0].length;
  const body = xml.slice(bodyStart, close);
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*)>|([^<]+)/g;
  const charRe = /&(?:amp|lt|gt|quot|apos|#\d+);|[\s\S]/g; // one decoded character each
  const taken = new Set<string>();
  const starts = new Map<number, string>(), ends = new Map<number, number>();
  dates.forEach((d, i) => {
    if (d.end <= d.start) return;
    const g = gold.find((x) => x.id && !taken.has(x.id) && x.start < d.end && d.start < x.end);
    if (g) taken.add(g.id!);
    starts.set(d.start, `<TIMEX3 tid="${g ? g.id : `tnl${i + 1}`}" type="${d.type}" value="${escapeAttr(d.value)}">`);
    ends.set(d.end, (ends.get(d.end) ?? 0) + 1);
  });
  let out = '', depth = 0, pos = 0;
  const at = (p: number) => {
    const n = ends.get(p);
    if (n && depth) { out += '</TIMEX3>'.repeat(Math.min(n, depth)); depth -= Math.min(n, depth); }
    const s = starts.get(p);
    if (s && !depth) { out += s; depth++; }
  };
  for (let m; (m = re.exec(body));) {
    if (m[4] === undefined) {
      if (!/^(?:TIMEX3|EVENT|SIGNAL)$/.test(m[2])) out += m[0];
      continue;
    }
    for (const c of m[4].matchAll(charRe)) { at(pos); out += c[0]; pos++; }
  }
  at(pos);
  if (depth) out += '</TIMEX3>'.repeat(depth);
  return xml.slice(0, bodyStart) + out + xml.slice(close);
}
