// The exported HTML pages in a real browser (headless Chromium, from file://):
// all codes shown, the filter narrowing them as the search rules say, links
// between editions, catalog text that runs nothing, and no request leaving
// the machine.
//
// Run from this folder after `npm ci`: `node --test export.test.mjs`.
// WSAERR_BIN names the wsaerr binary (default: the debug build), CHROMIUM the
// browser (default: /usr/bin/chromium), SCREENSHOT where the screenshot goes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = process.env.WSAERR_BIN || join(root, 'target', 'debug', 'wsaerr');
const screenshot = process.env.SCREENSHOT || join(root, 'target', 'browser', 'export-zh-CN.png');
const screenshotRtl = process.env.SCREENSHOT_RTL || join(root, 'target', 'browser', 'export-ar-SA.png');
const cases = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'search-cases.json'), 'utf8'));

const work = mkdtempSync(join(tmpdir(), 'wsaerr-browser-'));
const pages = join(work, 'pages');
const hostile = join(work, 'hostile');
const profile = join(work, 'profile');
let context;
const requests = [];
const problems = [];
const dialogs = [];

function pageUrl(dir, tag) {
  return pathToFileURL(join(dir, `${tag}.html`)).href;
}

async function open(url) {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${url}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${url}: ${error.message}`));
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(url);
  return page;
}

async function visibleIds(page) {
  return page.$$eval('article.code', (all) => all.filter((a) => !a.hidden).map((a) => a.id));
}

before(async () => {
  execFileSync(bin, ['export', '--format', 'html', '--all', '--out', pages]);
  execFileSync(bin, [
    'export', '--format', 'html', '--lang', 'ko-KR', '--out', hostile,
    '--locales', join(root, 'tests', 'fixtures', 'catalogs', 'hostile'),
  ]);
  mkdirSync(profile);
  assert.deepEqual(readdirSync(profile), [], 'a fresh, empty profile');
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context.on('request', (request) => requests.push(request.url()));
});

after(async () => {
  if (context) await context.close();
  rmSync(work, { recursive: true, force: true });
});

test('the zh-CN page shows all 97 codes and 超时 narrows them to WSAETIMEDOUT', async () => {
  const page = await open(pageUrl(pages, 'zh-CN'));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  const all = await visibleIds(page);
  assert.equal(all.length, 97);
  assert.equal(new Set(all).size, 97);

  await page.locator('#filter').pressSequentially('超时');
  const shown = await visibleIds(page);
  assert.ok(shown.includes('WSAETIMEDOUT'), shown.join(' '));
  assert.ok(shown.length < 97 / 4, `${shown.length} codes still shown`);
  assert.equal(await page.locator('#status').getAttribute('data-best'), 'WSAETIMEDOUT');
  assert.equal(await page.locator('#status').getAttribute('data-count'), String(shown.length));
  // Groups without a shown code are hidden too.
  const emptyGroups = await page.$$eval('section.group', (groups) => groups
    .filter((g) => !g.hidden && !g.querySelector('article.code:not([hidden])')).length);
  assert.equal(emptyGroups, 0);

  mkdirSync(dirname(screenshot), { recursive: true });
  await page.setViewportSize({ width: 900, height: 700 });
  await page.screenshot({ path: screenshot });

  await page.locator('#filter').fill('');
  assert.equal((await visibleIds(page)).length, 97);
  await page.close();
});

test('the Arabic page reads right to left: heading, filter, code names and numbers', async () => {
  const page = await open(pageUrl(pages, 'ar-SA'));
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
  // The heading's text starts at its right edge; the number badge stands
  // left of the code's name.
  const box = async (selector) => page.locator(selector).first().boundingBox();
  const [textRight, headingRight] = await page.evaluate(() => {
    const h1 = document.querySelector('h1');
    const range = document.createRange();
    range.selectNodeContents(h1.firstChild);
    const h1Box = h1.getBoundingClientRect();
    return [range.getBoundingClientRect().right, h1Box.right];
  });
  assert.ok(headingRight - textRight < 2, `heading text ends ${headingRight - textRight}px from the right`);
  const name = await box('#WSAETIMEDOUT h3 a');
  const number = await box('#WSAETIMEDOUT h3 .number');
  assert.ok(number.x + number.width <= name.x + 1, `number ${number.x} not left of name ${name.x}`);
  // A code name inside an Arabic sentence keeps its own order (isolated).
  const isolated = await page.$$eval('#WSANOTINITIALISED p.detail bdi', (all) => all.map((b) => b.textContent));
  assert.ok(isolated.includes('WSAStartup'), isolated.join(' '));
  // The filter finds the Arabic title's code.
  const title = await page.locator('#WSAETIMEDOUT p.title').textContent();
  await page.locator('#filter').fill(title);
  assert.equal(await page.locator('#status').getAttribute('data-best'), 'WSAETIMEDOUT');
  await page.locator('#filter').fill('');
  mkdirSync(dirname(screenshotRtl), { recursive: true });
  await page.setViewportSize({ width: 900, height: 700 });
  await page.screenshot({ path: screenshotRtl });
  await page.close();
});

test('every page links to all twelve editions', async () => {
  const page = await open(pageUrl(pages, 'tr-TR'));
  const links = await page.$$eval('nav.editions a', (all) => all.map((a) => a.hreflang));
  assert.equal(links.length, 11);
  assert.ok(links.includes('ar-SA') && links.includes('de-DE') && !links.includes('tr-TR'));
  await page.close();
});

test('a code is a link target: page.html#WSAETIMEDOUT', async () => {
  const page = await open(pageUrl(pages, 'zh-CN') + '#WSAETIMEDOUT');
  assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), 'WSAETIMEDOUT');
  await page.close();
});

test('on a phone-sized screen nothing is wider than the screen', async () => {
  for (const tag of ['zh-CN', 'ko-KR', 'en-US']) {
    const page = await open(pageUrl(pages, tag));
    await page.setViewportSize({ width: 360, height: 740 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${tag}: ${width}px wide`);
    await page.close();
  }
});

test('the link to the Korean edition leads to it', async () => {
  const page = await open(pageUrl(pages, 'zh-CN'));
  await Promise.all([page.waitForURL(/ko-KR\.html$/), page.click('a[hreflang="ko-KR"]')]);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko-KR');
  assert.equal((await visibleIds(page)).length, 97);
  await page.close();
});

test('the filter finds what `wsaerr search --lang` finds: the shared cases', async () => {
  const langs = [...new Set(cases.map((c) => c.lang))];
  for (const lang of langs) {
    const page = await open(pageUrl(pages, lang));
    for (const c of cases.filter((c) => c.lang === lang)) {
      await page.locator('#filter').fill(c.query);
      const best = await page.locator('#status').getAttribute('data-best');
      assert.equal(best, c.first, `${c.query} in ${lang}`);
      assert.ok((await visibleIds(page)).includes(c.first));
      // The page shows what the binary answers, hit for hit, with the same
      // words scores (the binary's JSON rounds them to thousandths; a
      // number or a name is evidence the binary adds on top).
      const cli = JSON.parse(execFileSync(bin, ['search', c.query, '--lang', lang, '--json'], { encoding: 'utf8' }));
      const js = await page.evaluate((q) => window.wsaerr.search(q).shown, c.query);
      assert.deepEqual(js.map((h) => h.id), cli.map((h) => h.name), c.query);
      js.forEach((h, i) => {
        if (cli[i].evidence.every((e) => e.kind === 'words')) {
          assert.ok(Math.abs(h.score - cli[i].score) < 0.001, `${c.query}: ${h.id}`);
        }
      });
    }
    await page.close();
  }
});

test("the page's terms of every shown text are the Rust index's terms of that code", async () => {
  const files = readdirSync(pages).map((file) => join(pages, file));
  files.push(join(hostile, 'ko-KR.html')); // text chosen to try the rules' corners
  for (const file of files) {
    const page = await open(pathToFileURL(file).href);
    const mismatches = await page.evaluate(() => {
      const index = JSON.parse(document.getElementById('wsaerr-index').textContent);
      const out = [];
      index.codes.forEach((code, place) => {
        const article = document.getElementById(code.id);
        for (const field of ['title', 'detail']) {
          const text = article.querySelector(`p.${field}`).textContent;
          // Each term the page makes of the text is one the index holds for
          // a document of this code.
          for (const term of window.wsaerr.terms(text)) {
            const postings = index.weights[term] || [];
            if (!postings.some(([document]) => index.documents[document][0] === place)) {
              out.push(`${code.id} ${field} ${term}`);
            }
          }
        }
      });
      return out;
    });
    assert.deepEqual(mismatches, [], file);
    await page.close();
  }
});

test('catalog text with <script> and onerror= shows as text and runs nothing', async () => {
  const page = await open(pageUrl(hostile, 'ko-KR'));
  const title = await page.locator('#WSAETIMEDOUT p.title').textContent();
  assert.equal(title, '<script>alert("title")</script> | pipe');
  const detail = await page.locator('#WSAETIMEDOUT p.detail').textContent();
  assert.ok(detail.startsWith('<img src=x onerror=alert(\'detail\')>'), detail);
  assert.equal(await page.locator('main img, main script').count(), 0);
  await page.locator('#filter').fill('onerror');
  assert.equal(await page.locator('#status').getAttribute('data-best'), 'WSAETIMEDOUT');
  assert.deepEqual(dialogs, []);
  await page.close();
});

test('no request left the machine, and no page reported an error', () => {
  assert.ok(requests.length > 0);
  const outside = requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'));
  assert.deepEqual(outside, []);
  assert.deepEqual(problems, []);
  assert.deepEqual(dialogs, []);
});
