/**
 * brat standoff (.ann) for all annotations: entity mentions, time expressions (value in an
 * AnnotatorNotes line), quotes with a Speaker relation, events (trigger + Actor/Target/Place
 * arguments, Negated and Modality attributes), and pronouns with a Refers_to relation to the nearest
 * mention before them of the entity they stand for. brat counts offsets in Unicode code points, so
 * UTF-16 offsets are converted; spans that cross a line break are written as fragments.
 */
import type { Analysis, Span } from './types';

const ENTITY_TYPE: Record<string, string> = {
  person: 'Person', organization: 'Organization', government: 'Government', armed_group: 'Armed_group', media: 'Media',
  country: 'Country', city: 'City', region: 'Region', place: 'Place',
};

const bratType = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '').replace(/^./, (c) => c.toUpperCase()) || 'Other';

/** The annotation configuration (annotation.conf) that goes with the .ann files. */
export const BRAT_CONF = `[entities]
${Object.values(ENTITY_TYPE).join('\n')}
Date
Time
Duration
Set
Quote
Speaker
Pronoun

[relations]
Speaker	Arg1:Quote, Arg2:<ANY>
Refers_to	Arg1:<ANY>, Arg2:<ANY>

[events]
<EVENT>	Actor?:<ENTITY>, Target?:<ENTITY>, Place?:<ENTITY>

[attributes]
Negated	Arg:<EVENT>
Modality	Arg:<EVENT>, Value:would|will|could|may|might|must|should|shall|can|to|conditional
`;

export function toBrat(a: Analysis, text: string): string {
  // UTF-16 offset -> code point offset
  let cp: (o: number) => number = (o) => o;
  if (/[\uD800-\uDFFF]/.test(text)) {
    const map = new Int32Array(text.length + 1);
    let c = 0;
    for (let i = 0; i < text.length; i++) {
      map[i] = c;
      const code = text.charCodeAt(i);
      if (!(code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && /[\uDC00-\uDFFF]/.test(text[i + 1]))) c++;
    }
    map[text.length] = c;
    cp = (o) => map[o];
  }
  const lines: string[] = [];
  let t = 0, e = 0, r = 0, n = 0, at = 0;
  const bySpan = new Map<string, string>();
  const tb = (type: string, s: Span): string => {
    const key = `${type}:${s.start}:${s.end}`;
    const known = bySpan.get(key);
    if (known) return known;
    const id = `T${++t}`;
    // fragments split at line breaks
    const frags: string[] = [];
    let fs = s.start;
    for (let i = s.start; i <= s.end; i++) {
      if (i === s.end || text[i] === '\n' || text[i] === '\r') {
        let fe = i;
        while (fe > fs && /\s/.test(text[fe - 1])) fe--;
        if (fe > fs) frags.push(`${cp(fs)} ${cp(fe)}`);
        fs = i + 1;
        while (fs < s.end && /\s/.test(text[fs])) fs++;
        i = Math.max(i, fs - 1);
      }
    }
    lines.push(`${id}\t${type} ${frags.join(';')}\t${text.slice(s.start, s.end).replace(/\s*[\r\n]+\s*/g, ' ')}`);
    bySpan.set(key, id);
    bySpan.set(`*:${s.start}:${s.end}`, id);
    return id;
  };
  const mentionIds = new Map<string, { start: number; end: number; id: string }[]>();
  for (const ent of a.entities) {
    const list: { start: number; end: number; id: string }[] = [];
    for (const m of ent.mentions) list.push({ start: m.start, end: m.end, id: tb(ENTITY_TYPE[ent.kind] ?? 'Place', m) });
    mentionIds.set(ent.id, list);
  }
  for (const d of a.dates) {
    const id = tb(bratType(d.type.toLowerCase()), d);
    lines.push(`#${++n}\tAnnotatorNotes ${id}\tvalue=${d.value}`);
  }
  for (const q of a.quotes) {
    const id = tb('Quote', q);
    if (q.speaker) {
      const sid = bySpan.get(`*:${q.speaker.start}:${q.speaker.end}`) ?? tb('Speaker', q.speaker);
      lines.push(`R${++r}\tSpeaker Arg1:${id} Arg2:${sid}`);
    }
  }
  const nearest = (entity: string | null, near: number) => {
    const list = entity ? mentionIds.get(entity) : undefined;
    if (!list?.length) return null;
    return list.reduce((b, m) => (Math.abs(m.start - near) < Math.abs(b.start - near) ? m : b)).id;
  };
  for (const ev of a.events) {
    const type = bratType(ev.category);
    const trig = tb(type, ev);
    const args = [['Actor', ev.actor], ['Target', ev.target], ['Place', ev.place]]
      .map(([role, ent]) => [role, nearest(ent, ev.start)] as const).filter(([, id]) => id).map(([role, id]) => `${role}:${id}`);
    const eid = `E${++e}`;
    lines.push(`${eid}\t${type}:${trig}${args.length ? ' ' + args.join(' ') : ''}`);
    if (ev.negated) lines.push(`A${++at}\tNegated ${eid}`);
    if (ev.modality) lines.push(`A${++at}\tModality ${eid} ${ev.modality}`);
  }
  for (const p of a.references) {
    // (a pronoun that is a quotation's speaker keeps its Speaker annotation)
    const pid = bySpan.get(`*:${p.start}:${p.end}`) ?? tb('Pronoun', p);
    const list = p.entity ? mentionIds.get(p.entity) : undefined;
    const before = list?.filter((m) => m.start < p.start).pop() ?? list?.[0];
    if (before) lines.push(`R${++r}\tRefers_to Arg1:${pid} Arg2:${before.id}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}
