// Certifying the corpus: our checker (read + decode + parse + model + every rule + the JSON
// Schemas + locations) against the floor (read + JSON.parse of the same files) and against
// @apidevtools/swagger-parser's validate(), all in one process on one machine.
// Targets: >= 10x faster than swagger-parser, within 3x the floor in wall and in CPU time (the
// wall figure alone leans on a second core), peak RSS under 500 MB.
import SwaggerParser from '@apidevtools/swagger-parser';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { certifyConnector } from '../../shared/engines/certify';
import { decodeConnectorFiles, loadConnector } from '../../shared/core/connector';
import { profileOf, readAndParseFloor, readJsonFiles } from '../support/certify-corpus';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS } from '../support/corpus';
import { fullGc } from '../support/full-gc';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(): Promise<Record<string, number> | undefined> {
  if (!HAVE_CORPUS) {
    console.log(`bench: ${CONNECTORS_DIR} is absent; nothing to measure.`);
    return undefined;
  }
  const rels = corpusConnectors();
  const dirs = rels.map((rel) => path.join(CONNECTORS_DIR, rel));
  let peak = process.memoryUsage().rss;
  const sample = () => {
    const rss = process.memoryUsage().rss;
    if (rss > peak) peak = rss;
  };
  const timer = setInterval(sample, 20);

  const rounds = 5;
  const floor: number[] = [];
  const ours: number[] = [];
  // CPU time as well as wall time: on a busy machine the CPU-time ratio is the steadier one.
  const floorCpu: number[] = [];
  const oursCpu: number[] = [];
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  // The main thread's own share (Node >= 23.9): the rest of the process's CPU time is V8's
  // background threads, its optimizing compiler and the collector's helpers.
  const threadCpu = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  const mainCpu = () => {
    const u = threadCpu ? threadCpu.call(process) : undefined;
    return u ? (u.user + u.system) / 1e6 : Number.NaN;
  };
  const floorOther: number[] = [];
  const oursOther: number[] = [];
  let diagnostics = 0;
  let errors = 0;
  fullGc();
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    let c = cpu();
    let m = mainCpu();
    for (let i = 0; i < dirs.length; i++) {
      readAndParseFloor(dirs[i]!);
      if (i % 64 === 0) sample();
    }
    // Each side pays for collecting its own garbage, not the other's.
    fullGc();
    floor.push((performance.now() - t) / 1000);
    floorCpu.push(cpu() - c);
    floorOther.push(floorCpu[r]! - (mainCpu() - m));

    t = performance.now();
    c = cpu();
    m = mainCpu();
    diagnostics = 0;
    errors = 0;
    for (let i = 0; i < dirs.length; i++) {
      const connector = loadConnector(decodeConnectorFiles(readJsonFiles(dirs[i]!)));
      const result = certifyConnector(connector, { profile: profileOf(rels[i]!) });
      diagnostics += result.diagnostics.length;
      errors += result.errors;
      if (i % 64 === 0) sample();
    }
    fullGc();
    ours.push((performance.now() - t) / 1000);
    oursCpu.push(cpu() - c);
    oursOther.push(oursCpu[r]! - (mainCpu() - m));
  }

  const t1 = performance.now();
  const c1 = cpu();
  let rejected = 0;
  // STUDIO_BENCH_QUICK=1 skips the slow yardstick while tuning.
  for (const dir of process.env.STUDIO_BENCH_QUICK ? [] : dirs) {
    try {
      // validate() mutates and dereferences its input: a fresh parse each time.
      await SwaggerParser.validate(JSON.parse(readFileSync(path.join(dir, 'apiDefinition.swagger.json'), 'utf8').replace(/^\uFEFF/, '')));
    } catch {
      rejected++;
    }
    sample();
  }
  const swagger = (performance.now() - t1) / 1000;
  const swaggerCpu = cpu() - c1;
  clearInterval(timer);
  sample();

  const f = median(floor);
  const o = median(ours);
  const fc = median(floorCpu);
  const oc = median(oursCpu);
  const row = (name: string, s: number, sc: number) =>
    `${name.padEnd(62)} ${s.toFixed(3).padStart(7)} s ${(s / f).toFixed(2).padStart(6)}x floor | cpu ${sc.toFixed(3).padStart(7)} s ${(sc / fc).toFixed(2).padStart(6)}x`;
  console.log(`Corpus: ${dirs.length} connectors; ${diagnostics} findings, ${errors} errors (median of ${rounds} rounds where noted)`);
  console.log(row('floor: read + JSON.parse of both JSON files (median)', f, fc));
  console.log(row('ours: read + decode + parse + model + certify (median)', o, oc));
  // Each round's own ratios: the first two rounds pay for compiling, so ours' median is the largest
  // of the last three rounds (the floor's is its middle one).
  const each = (a: number[], b: number[]) => a.map((x, i) => (x / b[i]!).toFixed(2)).join(' ');
  console.log(`${'  ratio per round, wall | cpu'.padEnd(62)} ${each(ours, floor)} | ${each(oursCpu, floorCpu)}`);
  // The cpu figure includes V8's compiler threads: the checker's functions called once or a few
  // times per connector reach its optimizing tier (after some 3,000 calls) from the third pass over
  // the corpus on (loadConnector in the fifth), so every measured round still pays for compiling.
  if (threadCpu) {
    const ms = (xs: number[]) => xs.map((x) => (x * 1000).toFixed(0)).join(' ');
    console.log(`${'  cpu off the main thread per round, ms: ours | floor'.padEnd(62)} ${ms(oursOther)} | ${ms(floorOther)}`);
  }
  if (!process.env.STUDIO_BENCH_QUICK)
    console.log(row(`swagger-parser validate(), definition only (${rejected} rejected)`, swagger, swaggerCpu));
  const mb = peak / 1048576;
  console.log(`peak RSS ${mb.toFixed(0)} MB (sampled every 20 ms and between connectors)`);
  const speedup = swagger / o;
  const versus = process.env.STUDIO_BENCH_QUICK
    ? 'not measured (STUDIO_BENCH_QUICK)'
    : `${speedup >= 10 ? 'met' : 'NOT met'} (${speedup.toFixed(1)}x wall, ${(swaggerCpu / oc).toFixed(1)}x cpu)`;
  console.log(
    `targets: >= 10x faster than swagger-parser -> ${versus}; ` +
      `within 3x the floor in wall and cpu -> ${o / f <= 3 && oc / fc <= 3 ? 'met' : 'NOT met'} (${(o / f).toFixed(2)}x wall, ${(oc / fc).toFixed(2)}x cpu); ` +
      `peak memory under 500 MB -> ${mb < 500 ? 'met' : 'NOT met'} (${mb.toFixed(0)} MB)`,
  );
  return {
    'certify: wall / floor wall': o / f,
    'certify: cpu / floor cpu': oc / fc,
    ...(process.env.STUDIO_BENCH_QUICK ? {} : { 'certify: wall / swagger-parser wall': o / swagger }),
  };
}
