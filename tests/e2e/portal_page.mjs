// Drives the exported citizens' portal page in Debian's Chromium (headless, SwiftShader)
// with playwright-core: opens URL, waits until the 3D scene has rendered, screenshots the
// first project's overview, picks PROJECT_ID in the project list and waits until its
// scene has rendered, clicks BUILDING_ID where it is on screen, switches to the street
// view, and writes what it saw to OUT_DIR/result.json. Every request that is not to
// 127.0.0.1 is blocked and recorded.
//   node portal_page.mjs URL OUT_DIR PROJECT_ID BUILDING_ID
// playwright-core comes from build/portal-web/node_modules (`make deps`).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.resolve(here, '..', '..', 'build', 'portal-web', 'package.json'));
const { chromium } = require('playwright-core');

const [url, outDir, projectId, buildingId] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-chromium-'));
const result = { external: [], console: [], checks: {}, screenshots: [] };
let browser;
try {
  // a fresh profile (--user-data-dir) per run: launchPersistentContext passes it
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.KT_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'de-DE',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-default-apps', '--mute-audio', '--disable-dev-shm-usage'],
  });
  const page = browser.pages()[0] || await browser.newPage();
  page.on('console', (m) => result.console.push(`${m.type()}: ${m.text()}`.slice(0, 300)));
  page.on('pageerror', (e) => result.console.push(`pageerror: ${e.message}`));
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === '127.0.0.1' || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
    result.external.push(route.request().url());
    return route.abort();
  });
  const started = Date.now();
  await page.goto(url);
  result.webgl = await page.evaluate(() => {
    const c = document.createElement('canvas');
    const gl = c.getContext('webgl2') || c.getContext('webgl');
    if (!gl) return null;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    return ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
  });
  await page.waitForFunction(() => window.portal && window.portal.state.ready, null, { timeout: 120000 });
  result.readyMs = Date.now() - started;
  await page.waitForTimeout(500);
  const shot = async (name) => {
    const file = path.join(outDir, name);
    await page.screenshot({ path: file });
    result.screenshots.push(file);
  };
  await shot('01-ueberblick.png');
  result.canvas = await page.evaluate(() => {
    const r = document.querySelector('#karte canvas').getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });
  result.checks.firstProject = await page.evaluate(() => window.portal.state.project);
  result.checks.firstStatus = await page.locator('#projekt-status').innerText();

  // the other project, from the list, as a person would choose it
  await page.locator(`#vorhaben-liste button[data-id="${projectId}"]`).click();
  await page.waitForFunction((id) => window.portal.state.readyProject === id, projectId,
    { timeout: 120000 });
  await page.waitForTimeout(500);
  await shot('02-vorhaben.png');
  result.checks.title = await page.title();
  result.checks.projectName = await page.locator('#projekt-name').innerText();
  result.checks.status = await page.locator('#projekt-status').innerText();
  result.checks.description = await page.locator('#projekt-beschreibung').innerText();
  result.checks.projectLink = await page.locator('#projekt-link').getAttribute('href');

  // a click on the building, where it is on the screen
  const p = await page.evaluate((id) => window.portal.screenPos(id), buildingId);
  await page.mouse.click(p.x, p.y);
  await page.waitForTimeout(500);
  result.checks.clickSelected = await page.evaluate(() => window.portal.state.selected);
  result.checks.infoText = await page.locator('#info-angaben').innerText();
  result.checks.infoLink = await page.locator('#info-link').getAttribute('href');
  await shot('03-auswahl.png');

  await page.getByRole('button', { name: 'Straßenblick' }).click();
  await page.waitForTimeout(1500);
  result.checks.view = await page.evaluate(() => window.portal.state.view);
  await shot('04-strassenblick.png');
  result.checks.buildingButtons = await page.locator('#gebaeude-liste button').count();
  result.errors = await page.evaluate(() => window.portal.state.errors);
} catch (e) {
  result.failure = String((e && e.stack) || e);
} finally {
  if (browser) await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
fs.writeFileSync(path.join(outDir, 'result.json'), JSON.stringify(result, null, 1));
console.log(JSON.stringify(result, null, 1));
process.exit(result.failure ? 1 : 0);
