// Looks at the sample reports in a real headless Chromium (the `browser` Maven profile runs this):
// full-page screenshots at three widths, and checks that a person would otherwise have to make by eye.
//   node check-reports.mjs <folder of sample reports> <folder for screenshots>
// Fails (exit 1) when a page scrolls sideways, a picture's text is drawn smaller than 9 px, the page's own script
// or style sheet is refused by its Content-Security-Policy, the controls do not work, or an injected handler runs.
import chromium from '@sparticuz/chromium';
import puppeteer from 'puppeteer-core';
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [samples, shots] = process.argv.slice(2).map((p) => resolve(p));
mkdirSync(shots, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH || (await chromium.executablePath()),
  headless: true,
  // no sandbox as root; nothing reaches for the network: the machine has none but its registries
  args: [...chromium.args, '--no-sandbox', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}

async function open(file, width, hash = '') {
  const page = await browser.newPage();
  // recorded by the browser itself, before any of the page's own script runs
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.effectiveDirective));
  });
  await page.setViewport({ width, height: 900 });
  await page.goto(pathToFileURL(join(samples, file)).href + hash, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 300));
  return page;
}

const pageState = () => {
  const controls = document.getElementById('controls');
  let smallest = Infinity;
  for (const svg of document.querySelectorAll('svg')) {
    const box = svg.getBoundingClientRect();
    const view = svg.viewBox.baseVal;
    if (view && view.width > 0 && box.width > 0) {
      smallest = Math.min(smallest, (11 * box.width) / view.width);
    }
  }
  return {
    title: document.title,
    hasControls: controls !== null,
    controlsShown: controls !== null && !controls.hidden,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    smallestText: smallest,
    violations: window.__violations,
  };
};

for (const file of readdirSync(samples).filter((f) => f.endsWith('.html')).sort()) {
  const name = basename(file, '.html');
  for (const width of [1280, 800, 420]) {
    const page = await open(file, width);
    const s = await page.evaluate(pageState);
    const where = `${file} at ${width}px`;
    check(s.overflow <= 0, `${where}: no sideways scrolling (overflow ${s.overflow}px)`);
    if (s.smallestText !== Infinity) {
      check(s.smallestText >= 8.9, `${where}: picture text at least 9px (${s.smallestText.toFixed(1)}px)`);
    }
    if (name === 'injected') {
      check(!s.title.includes('pwned'), `${where}: the injected onerror handler did not run`);
      check(s.violations.includes('script-src-attr'), `${where}: the policy refused it (${s.violations})`);
    } else {
      check(s.violations.length === 0, `${where}: the policy refuses nothing of the page (${s.violations})`);
    }
    if (s.hasControls) {
      check(s.controlsShown, `${where}: the script ran and showed the controls`);
    }
    await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
    await page.close();
  }
}

// the controls, once, in the browser itself
{
  const page = await open('generated-200.html', 1280);
  await page.type('#filter-text', 'msg17:');
  const shown = await page.$eval('#shown', (e) => e.textContent);
  check(shown === 'Showing 1 of 200 findings.', `search narrows to one finding (${shown})`);
  await page.screenshot({ path: join(shots, 'generated-200-search.png'), fullPage: true });
  const id = await page.$eval('article.finding:last-of-type', (e) => e.id);
  await page.close();

  const linked = await open('generated-200.html', 1280, `#${id}`);
  const state = await linked.evaluate((anchor) => {
    const a = document.getElementById(anchor);
    const box = a.getBoundingClientRect();
    return { open: a.closest('details').open, inView: box.top >= -1 && box.top < window.innerHeight };
  }, id);
  check(state.open && state.inView, `a link to #${id} opens its group and scrolls to it`);
  await linked.screenshot({ path: join(shots, 'generated-200-anchor.png') });
  await linked.close();
}

await browser.close();
console.log(failures === 0 ? 'all browser checks passed' : `${failures} browser checks failed`);
process.exit(failures === 0 ? 0 : 1);
