// UI checks in the real workbench (code-server + Debian chromium via playwright-core): what a reader sees.
// Screenshots land in test-results/screenshots; the README uses copies of them from media/.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

export async function runUiChecks({ server, ws, url, launchBrowser, shots, logs, web = false }) {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const consoleLog = [];
  page.on('console', (m) => consoleLog.push(`[${m.type()}] ${m.text()}`));
  const failures = [];
  let passed = 0;
  const check = async (name, fn) => {
    try { await fn(); passed++; console.log(`  ✔ ${name}`); } catch (e) {
      failures.push(name);
      console.log(`  ✘ ${name}\n      ${String(e && e.message || e).split('\n').join('\n      ')}`);
      await page.screenshot({ path: join(shots, `failure-${failures.length}.png`) }).catch(() => {});
    }
  };
  const payloadFile = ['openFile', `vscode-remote://127.0.0.1:${server.port}${join(ws, 'idlib-2020-02-17.txt')}`];
  const u = new URL(url);
  const payload = JSON.parse(u.searchParams.get('payload'));
  payload.push(payloadFile);
  u.searchParams.set('payload', JSON.stringify(payload));

  console.log(web ? 'UI checks of the browser build, in VS Code\'s web worker extension host' : 'UI checks in the real VS Code workbench');
  try {
    await page.goto(u.toString());
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });

    /** texts of decorated spans, grouped by decoration class */
    const decorated = () => page.evaluate(() => {
      const groups = {};
      for (const el of document.querySelectorAll('.editor-instance .view-line span[class*="ced-"]')) {
        const cls = [...el.classList].find((c) => c.startsWith('ced-'));
        (groups[cls] ??= []).push(el.textContent.replace(/\u00a0/g, ' '));
      }
      return groups;
    });

    let cls = {};
    const hoverWord = async (word) => {
      const box = await page.evaluate((w) => {
        for (const el of document.querySelectorAll('.editor-instance .view-line span[class*="ced-"]')) {
          if (el.textContent.replace(/\u00a0/g, ' ') === w) { const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }
        }
        return null;
      }, word);
      if (!box) throw new Error(`"${word}" is not a highlighted span on screen`);
      return hoverBox(box);
    };
    /** Moves the mouse onto a point of the editor and returns the text of the hover widget that opens there. */
    const hoverBox = async (box) => {
      await page.mouse.move(box.x - 40, box.y);
      await page.mouse.move(box.x, box.y, { steps: 4 });
      const hover = page.locator('.monaco-hover:not(.hidden) .hover-contents').first();
      await hover.waitFor({ timeout: 10000 });
      return hover.innerText();
    };
    /** Runs a command from the palette by its exact label (the row whose label starts with it, not the best fuzzy match). */
    const runCommand = async (label, beforeClick) => {
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').waitFor();
      await page.keyboard.type(label);
      const row = page.locator(`.quick-input-list .monaco-list-row[aria-label^="${label}"]`).first();
      await row.waitFor();
      if (beforeClick) await beforeClick();
      await row.click();
    };
    await check('the sample opens as a news article with highlights in four categories', async () => {
      // (until the full result is painted: the first article's quick pass paints names and quotes, its dates follow)
      let groups = {};
      const find = (word) => Object.entries(groups).find(([, texts]) => texts.some((t) => t.includes(word)))?.[0];
      for (let i = 0; i < 100; i++) {
        groups = await decorated();
        cls = { actor: find('Syrian government forces'), place: find('Damascus'), date: find('a day'), quote: find('In day one') };
        if (Object.values(cls).every(Boolean)) break;
        await wait(300);
      }
      const lang = await page.locator('.statusbar-item[id*="editorLanguage" i], .statusbar-item[aria-label*="News article" i]').first().textContent().catch(() => '');
      if (!/News article/i.test(lang ?? '')) throw new Error(`status bar language is "${lang}"`);
      writeFileSync(join(logs, 'decorations.json'), JSON.stringify(groups, null, 1));
      for (const [k, v] of Object.entries(cls)) if (!v) throw new Error(`no ${k} decoration; groups: ${JSON.stringify(groups).slice(0, 600)}`);
      if (new Set(Object.values(cls)).size !== 4) throw new Error(`categories share a decoration: ${JSON.stringify(cls)}`);
      const actorTexts = groups[cls.actor];
      if (!actorTexts.includes('Syrian government forces')) throw new Error(`actor spans: ${actorTexts.join(' | ')}`);
      if (actorTexts.some((t) => /[,.’]$/.test(t))) throw new Error(`an actor span ends in punctuation: ${actorTexts.join(' | ')}`);
      if (!groups[cls.place].includes('Damascus') || groups[cls.place].includes('Bashar al-Assad')) throw new Error(`place spans: ${groups[cls.place].join(' | ')}`);
      await page.screenshot({ path: join(shots, web ? 'web-editor-highlights.png' : 'editor-highlights.png') });
    });

    await check('hovering "Bashar al-Assad" shows the merged actor card', async () => {
      const text = await hoverWord('Bashar al-Assad');
      for (const want of ['Bashar al-Assad', 'person', 'Title: President', 'Affiliation: Syria', 'Also: Assad', 'Mentions: 5']) {
        if (!text.includes(want)) throw new Error(`hover lacks "${want}": ${text}`);
      }
      await page.screenshot({ path: join(shots, web ? 'web-hover-actor.png' : 'hover-actor.png') });
      await page.mouse.move(5, 450);
    });

    await check('hovering "Sunday" shows the resolved date', async () => {
      const text = await hoverWord('Sunday');
      if (!text.includes('2020-02-16') || !text.includes('Sunday before the dateline 2020-02-17')) throw new Error(`hover: ${text}`);
      await page.screenshot({ path: join(shots, web ? 'web-hover-date.png' : 'hover-date.png') });
      await page.mouse.move(5, 450);
    });

    await check('hovering the pronoun "he" shows whom it stands for', async () => {
      // ("“Factions have withdrawn from most of the area,” he added.": no highlight on a pronoun, so the word is found in the line's text)
      const box = await page.evaluate(() => {
        for (const el of document.querySelectorAll('.editor-instance .view-line span')) {
          for (const node of el.childNodes) {
            if (node.nodeType !== 3) continue;
            const at = node.textContent.replace(/\u00a0/g, ' ').search(/\bhe added\b/);
            if (at < 0) continue;
            const r = document.createRange();
            r.setStart(node, at); r.setEnd(node, at + 2);
            const b = r.getBoundingClientRect();
            return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
          }
        }
        return null;
      });
      if (!box) throw new Error('"he added" is not on screen');
      const text = await hoverBox(box);
      if (!/“he” refers to Rami Abdulrahman/.test(text) || !text.includes('Rami Abdulrahman — person')) throw new Error(`hover: ${text}`);
      await page.screenshot({ path: join(shots, web ? 'web-hover-pronoun.png' : 'hover-pronoun.png') });
      await page.mouse.move(5, 450);
    });

    if (web) {
      await check('the browser build is what runs (web worker extension host)', async () => {
        if (!consoleLog.some((l) => l.includes('[News Lens] browser build active'))) throw new Error('the browser build did not activate');
      });
    }
    if (!web) { // the browser build is checked on the editor: highlights and hovers

    await check('the News Lens view lists the events, grouped by date', async () => {
      await page.locator('.activitybar .action-item a[aria-label^="News Lens"]').first().click();
      const rows = page.locator('.pane-body .monaco-list-row');
      let texts = [];
      for (let i = 0; i < 50; i++) {
        texts = await rows.allInnerTexts();
        if (texts.some((t) => t.includes('Donald Trump called Tayyip Erdogan'))) break;
        await wait(200);
      }
      if (!texts.some((t) => t.startsWith('2020-02-16'))) throw new Error(`no 2020-02-16 group: ${texts.slice(0, 8).join(' | ')}`);
      if (!texts.some((t) => t.includes('Donald Trump called Tayyip Erdogan'))) throw new Error(`rows: ${texts.slice(0, 20).join(' | ')}`);
      await page.screenshot({ path: join(shots, 'events-view.png') });
    });

    await check('clicking an event selects its sentence in the editor', async () => {
      await page.locator('.pane-body .monaco-list-row', { hasText: 'Donald Trump called Tayyip Erdogan' }).first().click();
      await wait(800);
      const sel = await page.locator('.editor-instance .selected-text').count();
      if (!sel) throw new Error('no selection in the editor');
    });

    await check('"News Lens: Toggle Highlights" from the palette removes and restores highlights', async () => {
      const ours = new Set(Object.values(cls));
      const count = async () => Object.entries(await decorated()).reduce((n, [c, t]) => n + (ours.has(c) ? t.length : 0), 0);
      const before = await count();
      if (!before) throw new Error('no highlights to toggle');
      const run = async () => {
        await page.keyboard.press('Escape');
        // (the palette ranks "Toggle Actor Highlights" first for this text: runCommand picks the exact command)
        await runCommand('News Lens: Toggle Highlights', async () => { await wait(300); await page.screenshot({ path: join(shots, 'command-palette.png') }); });
      };
      await run();
      let after = before;
      for (let i = 0; i < 30 && after; i++) { await wait(200); after = await count(); }
      if (after) throw new Error(`still ${after} highlighted spans`);
      await run();
      for (let i = 0; i < 30 && !after; i++) { await wait(200); after = await count(); }
      if (!after) throw new Error('highlights did not come back');
    });

    await check('the Corpus view lists entities across the workspace\'s articles', async () => {
      const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Corpus' }) });
      const header = pane.locator('.pane-header');
      if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
      let texts = [];
      for (let i = 0; i < 60; i++) {
        texts = await pane.locator('.monaco-list-row').allInnerTexts();
        if (texts.some((t) => t.startsWith('Aleppo'))) break;
        await wait(250);
      }
      if (!texts.some((t) => t.startsWith('Entities across articles'))) throw new Error(`rows: ${texts.slice(0, 8).join(' | ')}`);
      if (!texts.some((t) => /^Aleppo\s*city · 1 article · 2020-02-17/.test(t))) throw new Error(`rows: ${texts.slice(0, 12).join(' | ')}`);
      await page.screenshot({ path: join(shots, 'corpus-view.png') });
    });

    await check('"Show Entity Summary (Article)" opens a webview with the entities, a map and the timeline', async () => {
      await page.keyboard.press('Escape');
      await page.locator('.monaco-editor .view-lines').first().click();
      await runCommand('News Lens: Show Entity Summary (Article)');
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await frame.locator('h1').waitFor({ timeout: 15000 });
      const h1 = await frame.locator('h1').innerText();
      if (!/News Lens summary: idlib-2020-02-17\.txt/.test(h1)) throw new Error(`title: ${h1}`);
      const rows = await frame.locator('th[scope="row"]').allInnerTexts();
      if (!rows.some((t) => t.startsWith('Bashar al-Assad'))) throw new Error(`rows: ${rows.slice(0, 8).join(' | ')}`);
      if (!(await frame.locator('svg.map circle').count())) throw new Error('no places on the map');
      await wait(500);
      await page.screenshot({ path: join(shots, 'summary-webview.png') });
    });

    await check('a strike report highlights what the strikes hit as places, with a card for each', async () => {
      // (the other editors closed first: the report alone, beside the News Lens view)
      await page.keyboard.press('Escape');
      await runCommand('View: Close All Editor Groups');
      await wait(500);
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').waitFor();
      await page.keyboard.type('strike-report.news');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'strike-report.news' }).first().waitFor();
      await page.keyboard.press('Enter');
      let places = [];
      for (let i = 0; i < 60; i++) {
        places = (await decorated())[cls.place] ?? [];
        if (places.includes('fighting positions')) break;
        await wait(250);
      }
      for (const want of ['fighting positions', 'tunnel entrance', 'supply routes', 'Mosul']) {
        if (!places.includes(want)) throw new Error(`place spans lack "${want}": ${places.join(' | ')}`);
      }
      const text = await hoverWord('fighting positions');
      for (const want of ['fighting position — place', 'Mentions: 1', 'a place hit or taken']) {
        if (!text.includes(want)) throw new Error(`hover lacks "${want}": ${text}`);
      }
      await wait(400); // (the card fades in)
      await page.screenshot({ path: join(shots, 'hover-target.png') });
      await page.mouse.move(5, 450);
    });
    }
  } catch (e) {
    failures.push(`setup: ${e.message}`);
    console.log(`  ✘ ${e.message}`);
  } finally {
    writeFileSync(join(logs, web ? 'browser-console-web.log' : 'browser-console-ui.log'), consoleLog.join('\n'));
    await browser.close();
  }
  console.log(`${web ? 'web' : 'ui'}: ${passed} passed, ${failures.length} failed`);
  return failures.length ? 1 : 0;
}
