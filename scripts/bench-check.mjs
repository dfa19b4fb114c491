// The drift guard: reruns the benches (scripts/bench.mjs, as `npm run bench` does), compares each
// ratio they report (ours / a same-run anchor; higher is worse) with the last accepted one in
// test/bench/accepted-ratios.json, and exits 1 listing every ratio more than 20 % worse.
// Ratios, not times: the anchors are measured in the same run, so a slower machine moves both sides.
// A ratio built on a value of about a millisecond swings more than 20 % between runs of one build;
// the accepted file may give such a ratio its own tolerance, with the spread measured that says why
// ("tolerances": { "<ratio>": { "worseBy": 3, "why": "..." } }). --accept keeps them.
//
//   npm run bench:check                    rerun every bench and compare
//   BENCH=certify npm run bench:check      only the benches whose file names start with "certify"
//   npm run bench:check -- --accept        rerun, compare, then write the new ratios as the accepted ones
//   --from=<file>      compare the ratios in <file> (a BENCH_RATIOS_FILE output) instead of rerunning
//   --accepted=<file>  another accepted-ratios file (default test/bench/accepted-ratios.json)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** How much worse than accepted a ratio may get before the guard fails, unless the file says otherwise. */
const TOLERANCE = 0.2;

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const accept = args.includes('--accept');
const acceptedFile = path.resolve(option('accepted') ?? path.join(root, 'test/bench/accepted-ratios.json'));
const from = option('from');
const unknown = args.filter((a) => a !== '--accept' && !a.startsWith('--accepted=') && !a.startsWith('--from='));
if (unknown.length) {
  console.error(`bench:check: unknown option ${unknown[0]}; the options are --accept, --from=<file> and --accepted=<file>.`);
  process.exit(2);
}

function measure() {
  if (from) return JSON.parse(readFileSync(path.resolve(from), 'utf8'));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-check-'));
  const file = path.join(dir, 'ratios.json');
  try {
    // The same Node flag as `npm run bench` (package.json).
    const run = spawnSync(process.execPath, ['--max-semi-space-size=64', path.join(root, 'scripts/bench.mjs')], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, BENCH_RATIOS_FILE: file },
    });
    if (run.status !== 0 || !existsSync(file)) {
      console.error(`bench:check: the benches failed (exit ${run.status ?? run.signal}); nothing was compared.`);
      process.exit(2);
    }
    return JSON.parse(readFileSync(file, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const now = measure();
const acceptedJson = existsSync(acceptedFile) ? JSON.parse(readFileSync(acceptedFile, 'utf8')) : {};
const accepted = acceptedJson.ratios ?? {};
const tolerances = acceptedJson.tolerances ?? {};
const toleranceOf = (name) => {
  const t = tolerances[name]?.worseBy;
  return typeof t === 'number' && t > 0 ? t : TOLERANCE;
};
const percent = (t) => `${Number((t * 100).toFixed(1))} %`;
const names = [...new Set([...Object.keys(accepted), ...Object.keys(now)])].sort();
const rows = [];
const worse = [];
for (const name of names) {
  const a = accepted[name];
  const n = now[name];
  let verdict;
  let change = '';
  if (a === undefined) verdict = 'new';
  else if (n === undefined) verdict = 'not measured';
  else {
    const c = n / a - 1;
    change = `${c >= 0 ? '+' : ''}${(c * 100).toFixed(1)} %`;
    const t = toleranceOf(name);
    verdict = c > t ? 'WORSE' : t === TOLERANCE ? 'ok' : `ok (within +${percent(t)})`;
    if (c > t) worse.push(name);
  }
  rows.push([name, a === undefined ? '-' : a.toFixed(3), n === undefined ? '-' : n.toFixed(3), change, verdict]);
}
const header = ['ratio (ours / anchor, higher is worse)', 'accepted', 'now', 'change', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) =>
  r
    .map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i])))
    .join('  ')
    .trimEnd();
const shown = acceptedFile.startsWith(`${root}${path.sep}`) ? path.relative(root, acceptedFile) : acceptedFile;
const own = Object.keys(tolerances).filter((n) => toleranceOf(n) !== TOLERANCE).length;
console.log(
  `\n== bench:check against ${shown} (fails above +${TOLERANCE * 100} %${own ? `; ${own} noisy ratio${own === 1 ? ' has its' : 's have their'} own tolerance, listed in the file` : ''})`,
);
console.log(line(header));
for (const r of rows) console.log(line(r));

if (accept) {
  // Merged, so accepting the ratios of some benches (BENCH=...) keeps the others'.
  const merged = { ...accepted };
  for (const [name, value] of Object.entries(now)) merged[name] = Number(value.toPrecision(4));
  const sorted = Object.fromEntries(Object.entries(merged).sort(([x], [y]) => x.localeCompare(y)));
  const out = Object.keys(tolerances).length ? { ratios: sorted, tolerances } : { ratios: sorted };
  writeFileSync(acceptedFile, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`bench:check: wrote ${Object.keys(now).length} ratios to ${acceptedFile} as the accepted ones.`);
  process.exit(0);
}
if (worse.length) {
  console.log(
    `bench:check: ${worse.length} ratio${worse.length === 1 ? ' is worse than accepted by more than its tolerance' : 's are worse than accepted by more than their tolerance'}: ${worse.join('; ')}. ` +
      'Find and fix the cause, or, if the change is intended, accept it with npm run bench:check -- --accept.',
  );
  process.exit(1);
}
console.log('bench:check: no ratio is worse than accepted by more than its tolerance.');
