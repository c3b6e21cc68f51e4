#!/usr/bin/env node
// Renders BPMN models to PNG with bpmn-js, the renderer of Camunda Modeler and Cockpit.
//
//   node docs/models/render.mjs [processes/x.bpmn ...]     (default: processes/*.bpmn)
//
// For every model it writes, next to this script:
//   <name>.png          the whole diagram at 100 % zoom (40 px margin, at most 8000 px wide)
//   <name>-cockpit.png  a 1440x900 view zoomed to 'fit-viewport', centred, as Cockpit opens it
//
// The page is built from node_modules alone (viewer bundle, its CSS, the bpmn font inlined):
// no server, no network. Chromium is Debian's /usr/bin/chromium (override: CHROMIUM_PATH).
// See README.md beside this file.

import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const OUT_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(OUT_DIR, '..', '..');
const BPMN_JS = join(ROOT, 'node_modules', 'bpmn-js', 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const MARGIN = 40;          // px around the diagram in <name>.png
const MAX_WIDTH = 8000;     // px; wider diagrams are scaled down to fit (reported)
const COCKPIT = { width: 1440, height: 900 };

function usage() {
  console.log('usage: node docs/models/render.mjs [processes/x.bpmn ...]');
  console.log('  default: every processes/*.bpmn; PNGs go to docs/models/');
}

function modelsFromArgs(args) {
  if (args.length) {
    return args.map((a) => resolve(process.cwd(), a));
  }
  const dir = join(ROOT, 'processes');
  return readdirSync(dir).filter((f) => f.endsWith('.bpmn')).sort().map((f) => join(dir, f));
}

function buildPage() {
  if (!existsSync(BPMN_JS)) {
    throw new Error(`${relative(process.cwd(), BPMN_JS)} is missing: run \`npm ci\` in ${ROOT}`);
  }
  const read = (p) => readFileSync(join(BPMN_JS, p), 'utf8');
  const woff2 = readFileSync(join(BPMN_JS, 'assets/bpmn-font/font/bpmn.woff2')).toString('base64');
  // bpmn.css points at ../font/*; replace its @font-face by one with the font inlined.
  const fontCss =
    `@font-face{font-family:'bpmn';src:url(data:font/woff2;base64,${woff2}) format('woff2');` +
    'font-weight:normal;font-style:normal}\n' +
    read('assets/bpmn-font/css/bpmn.css').replace(/@font-face\s*\{[^}]*\}/g, '');
  const css = [read('assets/diagram-js.css'), read('assets/bpmn-js.css'), fontCss].join('\n');
  const bundle = read('bpmn-navigated-viewer.production.min.js').replace(/<\/script/gi, '<\\/script');

  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>bpmn-js render</title>
<style>${css}</style>
<style>
  html, body { margin: 0; padding: 0; width: 100%; height: 100%; overflow: hidden; background: #fff; }
  #canvas { position: absolute; top: 0; left: 0; right: 0; bottom: 0; }
</style>
</head><body>
<div id="canvas"></div>
<script>${bundle}</script>
<script>
  window.renderModel = async function (xml) {
    // deferUpdate: false as in Cockpit's viewer widget, so viewbox changes apply at once
    const viewer = new BpmnJS({ container: '#canvas', canvas: { deferUpdate: false } });
    window.viewer = viewer;
    const { warnings } = await viewer.importXML(xml);
    return warnings.map((w) => {
      const id = w.element && w.element.id;
      return (w.message || String(w)) + (id && !String(w.message).includes(id) ? ' [' + id + ']' : '');
    });
  };
  window.fitViewport = function () {
    const canvas = viewer.get('canvas');
    canvas.resized();
    canvas.zoom('fit-viewport', 'auto');   // what Cockpit does on open
    return canvas.zoom();
  };
  window.diagramBox = function () {
    const inner = viewer.get('canvas').viewbox().inner;
    return { x: inner.x, y: inner.y, width: inner.width, height: inner.height };
  };
  window.showWhole = function (box, scale, margin) {
    const canvas = viewer.get('canvas');
    canvas.resized();
    canvas.zoom(scale);
    const size = canvas.getSize();
    canvas.viewbox({
      x: box.x - margin / scale,
      y: box.y - margin / scale,
      width: size.width / scale,
      height: size.height / scale
    });
    return canvas.zoom();
  };
</script>
</body></html>`;
}

const nextFrame = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

const kb = (file) => `${Math.round(statSync(file).size / 1024)} KB`;

async function renderOne(browser, html, file) {
  const name = basename(file).replace(/\.bpmn$/i, '');
  const xml = readFileSync(file, 'utf8');
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`browser console: ${m.text()}`);
  });
  try {
    await page.setViewport({ ...COCKPIT, deviceScaleFactor: 1 });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.load('14px bpmn').then(() => document.fonts.ready));

    const warnings = await page.evaluate((x) => window.renderModel(x), xml);
    for (const w of warnings) console.log(`${name}: import warning: ${w}`);

    // Cockpit view: 1440x900, fit-viewport, centred
    const fit = await page.evaluate(() => window.fitViewport());
    await nextFrame(page);
    const cockpitPng = join(OUT_DIR, `${name}-cockpit.png`);
    await page.screenshot({ path: cockpitPng, type: 'png' });
    console.log(`${name}: fit zoom ${fit.toFixed(2)}`);

    // Whole diagram at 100 % (scaled down only past MAX_WIDTH)
    const box = await page.evaluate(() => window.diagramBox());
    let scale = 1;
    if (box.width + 2 * MARGIN > MAX_WIDTH) {
      scale = (MAX_WIDTH - 2 * MARGIN) / box.width;
    }
    const width = Math.min(MAX_WIDTH, Math.ceil(box.width * scale + 2 * MARGIN));
    const height = Math.ceil(box.height * scale + 2 * MARGIN);
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    const zoom = await page.evaluate((b, s, m) => window.showWhole(b, s, m), box, scale, MARGIN);
    await nextFrame(page);
    const wholePng = join(OUT_DIR, `${name}.png`);
    await page.screenshot({ path: wholePng, type: 'png' });

    if (scale < 1) {
      console.log(`${name}: wider than ${MAX_WIDTH} px at 100 %, drawn at zoom ${zoom.toFixed(2)}`);
    }
    console.log(
      `${name}: wrote ${relative(process.cwd(), wholePng)} (${width}x${height}, zoom ${zoom.toFixed(2)}, ${kb(wholePng)}), ` +
        `${relative(process.cwd(), cockpitPng)} (${COCKPIT.width}x${COCKPIT.height}, ${kb(cockpitPng)})`
    );
    for (const e of pageErrors) console.log(`${name}: ${e}`);
    return true;
  } catch (err) {
    console.error(`${name}: FAILED: ${err.message}`);
    for (const e of pageErrors) console.error(`${name}: ${e}`);
    return false;
  } finally {
    await page.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('-h') || args.includes('--help')) {
    usage();
    return 0;
  }
  const models = modelsFromArgs(args);
  if (!models.length) {
    console.error('no .bpmn files given or found in processes/');
    return 1;
  }
  for (const m of models) {
    if (!existsSync(m)) {
      console.error(`no such file: ${m}`);
      return 1;
    }
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`${CHROMIUM} not found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
    return 1;
  }

  const html = buildPage();
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  let failed = 0;
  try {
    for (const m of models) {
      if (!(await renderOne(browser, html, m))) failed++;
    }
  } finally {
    await browser.close();
  }
  if (failed) console.error(`${failed} of ${models.length} model(s) failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err.stack || String(err));
    process.exit(1);
  }
);
