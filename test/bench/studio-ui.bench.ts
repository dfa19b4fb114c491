// The studio's responsiveness on the largest corpus connector (Encodian: 1.1 MB, 219 operations) and
// at scale, on the conversion of the largest Postman collection of the corpus (GitHub, ~5.5 MB, made
// here by the project's importer), in real Chromium through the browser host (needs `npm run build`
// first). Targets from the studio's issues: a form edit reaches Monaco's text in under 16 ms
// (median), a keystroke in Monaco reaches the form (and the markers) in under 100 ms, load to
// interactive under 1.5 s, and the renderer's JS heap under 300 MB. Anchors measured in the same run
// and the same page: one animation frame, and JSON.parse of the same definition.
import { type Browser, chromium, type Page } from '@playwright/test';
import { existsSync, promises as fs, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RENDERER_JS_FLAGS } from '../../main/renderer-flags';
import { parseApiDescription } from '../../shared/engines/import/api-description-text';
import { importPostman } from '../../shared/engines/import/postman';
import { launchPlainPage, type PlainPage } from './plain-chromium';
import { CONNECTORS_DIR, CORPUS_DIR, copyWritable, HAVE_CORPUS, REPO_ROOT } from '../support/corpus';
import { HOST_BUNDLE, startHostProcess } from '../support/host-process';

const CONNECTOR = 'certified-connectors/Encodian';
/** The largest Postman collection of the corpus; its conversion is the studio's "at scale" case. */
const LARGE_SOURCE = path.join(CORPUS_DIR, 'postman/kevinswiber+postman2openapi/tests__fixtures__github.postman.json');
const RENDERER_DIR = path.join(REPO_ROOT, 'dist', 'renderer');

interface Stat {
  count: number;
  median: number;
  p90: number;
  max: number;
}

function stat(xs: number[]): Stat | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => Math.round(s[Math.min(s.length - 1, Math.floor(s.length * q))]! * 10) / 10;
  return { count: s.length, median: at(0.5), p90: at(0.9), max: at(1) };
}

async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration), name);
}

/** Median interval between animation frames over ~1 s: what "within a frame" means on this machine. */
async function frameMs(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        // The page's own function (this file is type-checked without the DOM library).
        const requestAnimationFrame = (
          globalThis as unknown as { requestAnimationFrame(cb: (t: number) => void): number }
        ).requestAnimationFrame.bind(globalThis);
        const ts: number[] = [];
        const tick = (t: number) => {
          ts.push(t);
          if (ts.length < 60) requestAnimationFrame(tick);
          else {
            const d = ts
              .slice(1)
              .map((v, i) => v - ts[i]!)
              .sort((a, b) => a - b);
            resolve(d[Math.floor(d.length / 2)]!);
          }
        };
        requestAnimationFrame(tick);
      }),
  );
}

function bundleSizes(): { totalBytes: number; largest: { file: string; bytes: number } } {
  const assets = path.join(RENDERER_DIR, 'assets');
  let totalBytes = 0;
  let largest = { file: '', bytes: 0 };
  for (const f of readdirSync(assets)) {
    const bytes = statSync(path.join(assets, f)).size;
    totalBytes += bytes;
    if (bytes > largest.bytes) largest = { file: f, bytes };
  }
  totalBytes += statSync(path.join(RENDERER_DIR, 'index.html')).size;
  return { totalBytes, largest };
}

/** 1-based line and column just after `needle` in `text`. */
function after(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in the definition.`);
  const before = text.slice(0, offset + needle.length);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

async function waitFor(page: Page, check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`bench: timed out waiting for ${what}.`);
    await page.waitForTimeout(10);
  }
}

/** The page's answer to "does the form show the host, and is Monaco up?" (false while it loads). */
const READY = (host: string) => `(() => {
  const field = [...document.querySelectorAll('input')].find((i) => [...(i.labels ?? [])].some((l) => l.textContent.trim() === 'Host'));
  return field?.value === ${JSON.stringify(host)} && document.querySelector('.monaco-host .monaco-editor') !== null;
})()`;

/** Used JS heap of each worker of the browser's pages, in bytes, after a garbage collection in each. */
async function workerHeapSizes(browser: Browser): Promise<number[]> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    let nextId = 0;
    const waiting = new Map<string, (message: { result?: { usedSize?: number } }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
      waiting.get(`${event.sessionId}:${message.id}`)?.(message);
    });
    // Without a flat session, commands reach a worker wrapped in Target.sendMessageToTarget.
    const call = (sessionId: string, method: string) =>
      new Promise<{ result?: { usedSize?: number } }>((resolve) => {
        const id = ++nextId;
        waiting.set(`${sessionId}:${id}`, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    const sizes: number[] = [];
    for (const t of targetInfos.filter((info) => info.type === 'worker')) {
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
      await call(sessionId, 'HeapProfiler.collectGarbage');
      sizes.push((await call(sessionId, 'Runtime.getHeapUsage')).result?.usedSize ?? 0);
      await cdp.send('Target.detachFromTarget', { sessionId });
    }
    return sizes;
  } finally {
    await cdp.detach();
  }
}

/** Milliseconds from asking for the page until it is interactive, polled every 10 ms. */
async function timeLoad(page: PlainPage, url: string, host: string, timeoutMs = 20_000): Promise<number> {
  const t = Date.now();
  await page.navigate(url);
  let lastError: unknown;
  for (;;) {
    try {
      if (await page.evaluate<boolean>(READY(host))) break;
      lastError = undefined;
    } catch (err) {
      // While the old document goes, an evaluation can fail for want of a context: not ready yet.
      lastError = err;
    }
    if (Date.now() - t > timeoutMs) {
      const why = lastError instanceof Error ? ` The last evaluation failed: ${lastError.message}` : '';
      throw new Error(`bench: timed out waiting for the studio to load.${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - t;
}

/** A connector folder of the large source's conversion, written as the studio's import writes it. */
function writeLargeConnector(dir: string): void {
  const result = importPostman(parseApiDescription(readFileSync(LARGE_SOURCE, 'utf8'), LARGE_SOURCE).value);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(path.join(dir, 'apiDefinition.swagger.json'), json(result.definition));
  if (result.properties) writeFileSync(path.join(dir, 'apiProperties.json'), json(result.properties));
}

export async function run(): Promise<Record<string, number> | undefined> {
  const source = path.join(CONNECTORS_DIR, CONNECTOR);
  if (!HAVE_CORPUS || !existsSync(source) || !existsSync(LARGE_SOURCE)) {
    console.log(`bench: ${source} or ${LARGE_SOURCE} is absent; nothing to measure.`);
    return undefined;
  }
  if (!existsSync(path.join(RENDERER_DIR, 'index.html')) || !existsSync(HOST_BUNDLE)) {
    console.log('bench: the studio is not built (dist/renderer, dist/host.cjs); run npm run build first.');
    return undefined;
  }
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'studio-ui-bench-'));
  try {
    const encodian = path.join(work, 'Encodian');
    await copyWritable(source, encodian);
    const large = path.join(work, 'GitHub-from-Postman');
    await fs.mkdir(large);
    writeLargeConnector(large);
    const ratios: Record<string, number> = {};
    // STUDIO_BENCH_ONLY=encodian or =github measures one of the two while tuning.
    const only = process.env.STUDIO_BENCH_ONLY;
    if (!only || only === 'encodian') Object.assign(ratios, await measureStudio('Encodian', CONNECTOR, encodian, work));
    if (!only || only === 'github') {
      Object.assign(ratios, await measureStudio('GitHub 5 MB', 'GitHub Postman collection, converted by importPostman', large, work));
    }
    return ratios;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/** Every figure of the studio on the connector in `dir`; returns its ratios to the same-run anchors. */
async function measureStudio(label: string, connector: string, dir: string, work: string): Promise<Record<string, number>> {
  const text = readFileSync(path.join(dir, 'apiDefinition.swagger.json'), 'utf8').replace(/^\uFEFF/, '');
  const definition = JSON.parse(text) as { host: string; paths: Record<string, Record<string, { operationId?: string }>> };
  // The host as people run it, in a process of its own (as the desktop app's main process is): inside
  // this process its answers would wait on the Playwright driver, and the driver's polling on it.
  const { host, stop: stopHost } = await startHostProcess(dir, {
    ...process.env,
    CONNECTOR_STUDIO_APP_DATA: path.join(work, `app-data-${path.basename(dir)}`),
  });
  const chromiumPath = process.env.STUDIO_CHROMIUM ?? '/usr/bin/chromium';
  // The V8 flags the app gives its renderers under Electron (main/renderer-flags.ts).
  const chromiumArgs = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    `--js-flags=${RENDERER_JS_FLAGS}`,
  ];

  // Load to interactive: navigation until the form shows the definition's host and Monaco is up, in
  // a Chromium without test instrumentation (plain-chromium.ts). The first load is cold. Later ones
  // find the hashed bundles kept by the browser with their compiled code, as every launch after the
  // first does in the app (main/app-protocol.ts).
  const loads: number[] = [];
  const plain = await launchPlainPage(chromiumPath, chromiumArgs);
  try {
    for (let i = 0; i < 7; i++) loads.push(await timeLoad(plain, host.url, definition.host));
  } finally {
    await plain.close();
  }

  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const hostField = page.getByLabel('Host', { exact: true });

    // The same loads with Playwright attached (its network instrumentation included), for comparison.
    const instrumentedLoads: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = Date.now();
      await page.goto(host.url);
      await waitFor(page, async () => (await hostField.inputValue().catch(() => '')) === definition.host, 'the form');
      await page.locator('.monaco-host .monaco-editor').first().waitFor();
      instrumentedLoads.push(Date.now() - t);
    }
    const frame = await frameMs(page);
    const jsonParseMs = await page.evaluate((t) => {
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) {
        const s = performance.now();
        JSON.parse(t);
        runs.push(performance.now() - s);
      }
      return runs.sort((a, b) => a - b)[2]!;
    }, text);

    // Markers can follow keystrokes once there are markers: the first check after opening is done.
    await waitFor(page, async () => (await measures(page, 'studio:worker-certify')).length > 0, 'the first check');
    // Keystrokes in Monaco (at the end of the host value): the Host field follows each one.
    await page.evaluate(() => performance.clearMeasures());
    const at = after(text, `"host": ${JSON.stringify(definition.host).slice(0, -1)}`);
    await page.locator('.monaco-host .monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+G');
    await page.keyboard.type(`${at.line}:${at.column}`);
    await page.keyboard.press('Enter');
    let typed = '';
    for (const ch of 'abcdefghijklmnopqrst') {
      const markersBefore = (await measures(page, 'studio:text-to-markers')).length;
      await page.keyboard.type(ch);
      typed += ch;
      await waitFor(page, async () => (await hostField.inputValue()) === definition.host + typed, 'the form to follow a keystroke');
      // Each keystroke on its own: the next one only after this one's markers are set.
      await waitFor(
        page,
        async () => (await measures(page, 'studio:text-to-markers')).length > markersBefore,
        'the markers to follow a keystroke',
      );
    }
    const keystrokeToForm = stat(await measures(page, 'studio:text-to-form'));
    const keystrokeToMarkers = stat(await measures(page, 'studio:text-to-markers'));
    // What the two workers spend per text version (parse + form state; the certification check).
    const workerParse = stat(await measures(page, 'studio:worker-parse'));
    const workerCertify = stat(await measures(page, 'studio:worker-certify'));
    for (let i = 0; i < typed.length; i++) await page.keyboard.press('Control+Z');
    await waitFor(page, async () => (await hostField.inputValue()) === definition.host, 'undo');

    // Form edits: type into an operation's Summary; each change is timed to Monaco's text.
    await page.getByRole('tab', { name: 'Definition' }).click();
    const last = Object.values(definition.paths)
      .flatMap((item) => Object.values(item))
      .map((op) => op.operationId)
      .filter(Boolean)
      .at(-1)!;
    await page.getByLabel('Search actions and triggers').fill(last);
    await page.getByRole('listbox', { name: 'Actions and triggers' }).getByRole('option').filter({ hasText: last }).first().click();
    await waitFor(page, async () => (await page.getByLabel('Operation ID').inputValue()) === last, 'the operation');
    await page.evaluate(() => performance.clearMeasures());
    const summary = page.getByLabel('Summary', { exact: true });
    await summary.fill('');
    await summary.pressSequentially('Converted by the studio bench', { delay: 40 });
    // Every change is applied by now or shortly: wait until no new measure arrives for 500 ms.
    let seen = -1;
    for (
      let n = (await measures(page, 'studio:form-to-text')).length;
      n !== seen;
      n = (await measures(page, 'studio:form-to-text')).length
    ) {
      seen = n;
      await page.waitForTimeout(500);
    }
    const formToText = stat(await measures(page, 'studio:form-to-text'));

    // The renderer's JavaScript heaps after a full garbage collection, once the loads, keystrokes and
    // form edits above are done: the page's main thread and each of its workers (a heap of its own).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const mainHeap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await cdp.detach();
    const workerHeaps = await workerHeapSizes(browser);
    const toMB = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
    const heapMB = toMB(mainHeap + workerHeaps.reduce((a, b) => a + b, 0));

    const bundle = bundleSizes();
    const definitionMB = Buffer.byteLength(text) / 1048576;
    const report = {
      connector,
      definitionMB: Math.round(definitionMB * 100) / 100,
      operations: Object.values(definition.paths).reduce(
        (n, item) => n + Object.keys(item).filter((k) => k !== 'parameters' && !k.startsWith('x-')).length,
        0,
      ),
      anchors: { frameMs: Math.round(frame * 10) / 10, jsonParseOfDefinitionMs: Math.round(jsonParseMs * 10) / 10 },
      loadToInteractiveMs: { ...stat(loads)!, first: loads[0], each: loads },
      loadToInteractiveUnderPlaywrightMs: { ...stat(instrumentedLoads)!, first: instrumentedLoads[0], each: instrumentedLoads },
      formEditToMonacoMs: formToText,
      keystrokeToFormMs: keystrokeToForm,
      keystrokeToMarkersMs: keystrokeToMarkers ?? 'not measured (no studio:text-to-markers marks)',
      workerParseMs: workerParse,
      workerCertifyMs: workerCertify,
      rendererHeapMB: { usedAfterGc: heapMB, mainThread: toMB(mainHeap), workers: workerHeaps.map(toMB) },
      rendererBundle: {
        totalMB: Math.round((bundle.totalBytes / 1048576) * 100) / 100,
        largest: `${bundle.largest.file} ${Math.round((bundle.largest.bytes / 1048576) * 100) / 100} MB`,
      },
    };
    console.log(`-- ${label}`);
    console.log(JSON.stringify(report, null, 2));
    const verdict = (name: string, value: number | undefined, target: number) =>
      console.log(`${name}: ${value ?? 'n/a'} ms (target < ${target} ms) ${value !== undefined && value < target ? 'MET' : 'NOT MET'}`);
    verdict('form edit -> Monaco, median', formToText?.median, 16);
    verdict('keystroke -> form, median', keystrokeToForm?.median, 100);
    if (keystrokeToMarkers) verdict('keystroke -> markers, median', keystrokeToMarkers.median, 100);
    verdict('load to interactive, median', stat(loads)?.median, 1500);
    console.log(`renderer heap after GC: ${heapMB} MB (target < 300 MB) ${heapMB < 300 ? 'MET' : 'NOT MET'}`);

    // Higher is worse for each. The frame is the anchor of what must fit in one; JSON.parse of the
    // definition, of what grows with the definition and the machine's speed.
    const ratios: Record<string, number> = {
      [`studio-ui ${label}: load to interactive / JSON.parse`]: stat(loads)!.median / jsonParseMs,
      [`studio-ui ${label}: keystroke to form / JSON.parse`]: keystrokeToForm!.median / jsonParseMs,
      [`studio-ui ${label}: form edit to editor / frame`]: formToText!.median / frame,
      [`studio-ui ${label}: heap / definition size`]: heapMB / definitionMB,
    };
    if (keystrokeToMarkers) ratios[`studio-ui ${label}: keystroke to markers / JSON.parse`] = keystrokeToMarkers.median / jsonParseMs;
    return ratios;
  } finally {
    await browser.close();
    await stopHost();
  }
}
