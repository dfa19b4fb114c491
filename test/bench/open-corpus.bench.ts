// Opening the corpus: our open (decode + tolerant parse + model) against the floor (read +
// JSON.parse), and against @apidevtools/swagger-parser's validate(), all in one run on one machine.
import SwaggerParser from '@apidevtools/swagger-parser';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeConnectorFiles, loadConnector } from '../../shared/core/connector';
import { buildConnectorModel } from '../../shared/core/model';
import { decodeBytes, JsonDocument } from '../../shared/core/text';
import { readConnectorFolder } from '../../main/services/connector-folder';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS } from '../support/corpus';
import { fullGc } from '../support/full-gc';
import { readBytes } from '../support/read-bytes';

/** Seconds of fn and of collecting the garbage it left (each side pays for its own). */
function time(fn: () => void): number {
  const t = performance.now();
  fn();
  fullGc();
  return (performance.now() - t) / 1000;
}

/** CPU seconds of the process (every thread, the collector's too): on a busy machine the steadier figure. */
function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** Wall and CPU seconds of fn. */
function measure(fn: () => void, cpuOut: number[]): number {
  const c = cpu();
  const wall = time(fn);
  cpuOut.push(cpu() - c);
  return wall;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(): Promise<Record<string, number> | undefined> {
  if (!HAVE_CORPUS) {
    console.log(`bench: ${CONNECTORS_DIR} is absent; nothing to measure.`);
    return undefined;
  }
  const dirs = corpusConnectors().map((rel) => path.join(CONNECTORS_DIR, rel));
  const defs = dirs.map((d) => path.join(d, 'apiDefinition.swagger.json'));
  const rounds = 5;
  const floor: number[] = [];
  const ours: number[] = [];
  const oursTree: number[] = [];
  const floorCpu: number[] = [];
  const oursCpu: number[] = [];
  let operations = 0;
  // Interleave the rounds so machine noise hits both sides alike.
  fullGc();
  for (let r = 0; r < rounds; r++) {
    floor.push(
      measure(() => {
        for (const f of defs) {
          try {
            JSON.parse(readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));
          } catch {
            /* the floor skips the broken files; we open them */
          }
        }
      }, floorCpu),
    );
    ours.push(
      measure(() => {
        operations = 0;
        for (const f of defs) {
          const doc = JsonDocument.parse(decodeBytes(readBytes(f)).text);
          operations += buildConnectorModel(doc.value).operations.length;
        }
      }, oursCpu),
    );
    oursTree.push(
      time(() => {
        for (const f of defs) void JsonDocument.parse(decodeBytes(readBytes(f)).text).tree;
      }),
    );
  }
  const t0 = performance.now();
  for (const d of dirs) loadConnector(decodeConnectorFiles(await readConnectorFolder(d)));
  const fullFolders = (performance.now() - t0) / 1000;

  const t1 = performance.now();
  let invalid = 0;
  for (const f of defs) {
    try {
      // validate() mutates its input and dereferences it; give it a fresh parse each time.
      await SwaggerParser.validate(JSON.parse(readFileSync(f, 'utf8').replace(/^\uFEFF/, '')));
    } catch {
      invalid++;
    }
  }
  const validate = (performance.now() - t1) / 1000;

  const f = median(floor);
  const o = median(ours);
  const ot = median(oursTree);
  const fc = median(floorCpu);
  const oc = median(oursCpu);
  const row = (name: string, s: number) => `${name.padEnd(58)} ${s.toFixed(3).padStart(7)} s  ${(s / f).toFixed(2).padStart(6)}x floor`;
  console.log(`Corpus: ${defs.length} connector definitions, ${operations} operations (median of ${rounds} rounds where noted)`);
  console.log(row('floor: read + JSON.parse (median)', f));
  console.log(row('ours: open = read + decode + parse + model (median)', o));
  console.log(
    `${'  cpu: floor, open (median)'.padEnd(58)} ${fc.toFixed(3).padStart(7)} s, ${oc.toFixed(3)} s  ${(oc / fc).toFixed(2).padStart(6)}x floor cpu`,
  );
  console.log(row('ours: open + full position tree (median)', ot));
  console.log(row('ours: whole folders (definition, properties, script, readme)', fullFolders));
  console.log(row(`swagger-parser validate() (${invalid} rejected)`, validate));
  console.log(
    `target: open within 1.5x the floor -> ${o / f <= 1.5 && oc / fc <= 1.5 ? 'met' : 'NOT met'} (${(o / f).toFixed(2)}x wall, ${(oc / fc).toFixed(2)}x cpu); swagger-parser is ${(validate / o).toFixed(1)}x our open`,
  );
  return {
    'open-corpus: open / floor': o / f,
    'open-corpus: open cpu / floor cpu': oc / fc,
    'open-corpus: open + position tree / floor': ot / f,
    'open-corpus: whole folders / floor': fullFolders / f,
  };
}
