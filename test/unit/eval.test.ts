import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTempeval } from '../../src/eval/readers';
import { timemlWithTimexes } from '../../src/eval/timeml';
import { conllSpans, meantimeSpans, re3dSpans } from '../../src/eval/run';
import { analyze } from '../../src/analysis/analyze';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-08" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-08</TIMEX3></DCT>
<TEXT>
Officials &amp; police <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> the blast came <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> later.
</TEXT>
</TimeML>
`;

describe('evaluation: TempEval-3 TimeML', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nl-tml-'));
  writeFileSync(join(dir, 'a.tml'), TML);
  const [doc] = readTempeval(dir);
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the text decoded, the creation date and the gold expressions with their offsets', () => {
    assert.equal(doc.date, '1998-08-08');
    assert.deepEqual(doc.timex!.map((g) => [doc.text.slice(g.start, g.end), g.type, g.value]), [['Friday', 'DATE', '1998-08-07'], ['two days', 'DURATION', 'P2D']]);
    assert.ok(doc.text.startsWith('\nOfficials & police said Friday'));
  });

  it('writes system TimeML for the official scorer: same bytes of text, gold tids on overlapping expressions', () => {
    const fri = doc.text.indexOf('Friday'), later = doc.text.indexOf('later');
    const out = timemlWithTimexes(TML, [
      { start: fri, end: fri + 6, type: 'DATE', value: '1998-08-07' },
      { start: later, end: later + 5, type: 'DATE', value: 'X"Y' },
    ], doc.timex!);
    const body = (s: string) => /<TEXT>([\s\S]*)<\/TEXT>/.exec(s)![1].replace(/<[^>]*>/g, '');
    assert.equal(body(out), body(TML));
    assert.match(out, /<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday<\/TIMEX3>/);
    assert.match(out, /<TIMEX3 tid="tnl2" type="DATE" value="X&quot;Y">later<\/TIMEX3>/);
    assert.doesNotMatch(out, /<EVENT|two days<\/TIMEX3>/);
    assert.match(out, /<DCT><TIMEX3 tid="t0"/); // the creation time stays
  });
});

describe("evaluation: re3d's span conventions", () => {
  const spans = (t: string) => re3dSpans(analyze(t), t).map((s) => `${s.type} ${t.slice(s.start, s.end)}`);
  it('widens a place to "Palmyra, Syria" when it lies in the country after the comma, never a list of countries', () => {
    assert.deepEqual(spans('Strikes near Palmyra, Syria, hit targets. Stops include Canada, Denmark, France.'),
      ['LOC Palmyra, Syria', 'LOC Canada', 'LOC Denmark', 'LOC France']);
    // with a compass word before the country; a state after a town
    assert.deepEqual(spans('The convoy was hit in Urem al-Kubra, northern Syria. Aid came from Woodbridge, Virginia.'), ['LOC Urem al-Kubra, northern Syria', 'LOC Woodbridge, Virginia']);
    assert.deepEqual(spans('Troops entered the Iraqi city of Mosul.'), ['ORG Troops', 'LOC the Iraqi city of Mosul']);
    // a region's "the", not a country's
    assert.deepEqual(spans('Ships sailed to the Persian Gulf and the Middle East, not the United Kingdom.'), ['LOC the Persian Gulf', 'LOC the Middle East', 'LOC United Kingdom']);
  });
  it('keeps a title before a person and "the" before an organisation, a compass word before a place', () => {
    assert.deepEqual(spans('Defense Secretary Ash Carter visited northern Iraq, the Pentagon said.'),
      ['PER Defense Secretary Ash Carter', 'LOC northern Iraq', 'ORG the Pentagon']);
    // (a rank with its class, ordinal included)
    assert.deepEqual(spans('Navy Special Warfare Operator 1st Class Carl H. Denton IV was killed.'), ['PER Navy Special Warfare Operator 1st Class Carl H. Denton IV']);
  });
  it('widens a group to the noun for its members after it, with a count or an article before it', () => {
    assert.deepEqual(spans('Strikes hit an ISIL tactical unit and five ISIL fighting positions. Hamas fighters fled.'),
      ['ORG an ISIL tactical unit', 'ORG ISIL', 'LOC ISIL fighting positions', 'ORG Hamas fighters']);
    // (and to the kind of body after that noun: "the ISIL terrorist group")
    assert.deepEqual(spans('Strikes hit the ISIL terrorist group.'), ['ORG the ISIL terrorist group']);
  });
  it('a body named in a person\'s title is part of the person\'s mention', () => {
    assert.deepEqual(spans('FCO Minister Tobias Ellwood said the talks went well.'), ['PER FCO Minister Tobias Ellwood']);
  });
});

describe("evaluation: MEANTIME's extents", () => {
  it('keep the "the" before a name, and only there', () => {
    const t = 'Shares of the Ford Motor Company rose in the United States and in Japan.';
    assert.deepEqual(meantimeSpans(analyze(t), t).map((x) => `${x.type} ${t.slice(x.start, x.end)}`),
      ['ORG the Ford Motor Company', 'LOC the United States', 'LOC Japan']);
  });
});

describe("evaluation: CoNLL's names", () => {
  it('a regime named after its leader is the leader\'s name', () => {
    const t = 'Exiles fled the regime of Desi Bouterse. Pressure grew on Assad’s brutal regime and the Castro regime.';
    assert.deepEqual(conllSpans(analyze(t)).map((x) => `${x.type} ${t.slice(x.start, x.end)}`).sort(),
      ['PER Assad', 'PER Castro', 'PER Desi Bouterse']);
  });
});
