// Opens cesium_check.html (served with the export's data/ and CesiumJS's build) in Debian's
// Chromium and writes what CesiumJS picked to OUT_DIR/cesium.json, with a screenshot.
//   node cesium_check.mjs URL OUT_DIR
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.resolve(here, '..', '..', 'build', 'portal-web', 'package.json'));
const { chromium } = require('playwright-core');
const [url, outDir] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-chromium-'));
let result = { failure: 'not run' };
const external = [];
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.KT_CHROMIUM || '/usr/bin/chromium', headless: true,
    viewport: { width: 1000, height: 700 },
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] || await context.newPage();
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === '127.0.0.1' || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  await page.goto(url);
  await page.waitForFunction(() => window.result && window.result.done, null, { timeout: 240000 });
  result = await page.evaluate(() => window.result);
  await page.screenshot({ path: path.join(outDir, 'cesium.png') });
} catch (e) {
  result.failure = String((e && e.stack) || e);
} finally {
  if (context) await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
result.external = external;
if (result.done) delete result.failure;
fs.writeFileSync(path.join(outDir, 'cesium.json'), JSON.stringify(result, null, 1));
console.log(JSON.stringify(result, null, 1));
process.exit(result.failure || result.error ? 1 : 0);
