// Importing API descriptions: parse + convert to a Swagger 2.0 connector, for the largest specs of
// the corpus (OpenAI 3.4 MB JSON, Xero 0.9 MB YAML) and the largest Postman collection (GitHub,
// 4.2 MB), against openapi-to-postmanv2 converting the same OpenAI text in the same process; and a
// generated YAML description of 4,000 operations (5.8 MB) against one of 2,000, which stays near 2
// while the import's work grows linearly with the operations.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { convert } from 'openapi-to-postmanv2';
import { parseApiDescription } from '../../shared/engines/import/api-description-text';
import { importOpenApi3 } from '../../shared/engines/import/openapi3';
import { importPostman } from '../../shared/engines/import/postman';
import { CORPUS_DIR, HAVE_CORPUS } from '../support/corpus';
import { fullGc } from '../support/full-gc';
import { heavyOpenApi3Yaml } from '../support/heavy-openapi3';

const OPENAI = path.join(CORPUS_DIR, 'openapi3/openai+openai-openapi/openapi.json');
const XERO = path.join(CORPUS_DIR, 'openapi3/XeroAPI+Xero-OpenAPI/xero_accounting.yaml');
const GITHUB = path.join(CORPUS_DIR, 'postman/kevinswiber+postman2openapi/tests__fixtures__github.postman.json');
/** The target for one import, parse included. */
const TARGET_SECONDS = 1;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeRounds(rounds: number, fn: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    fn();
    times.push((performance.now() - t) / 1000);
  }
  return median(times);
}

function openapiToPostman(text: string): Promise<number> {
  const t = performance.now();
  return new Promise((resolve, reject) => {
    convert({ type: 'string', data: text }, {}, (err, result) => {
      if (err || !result?.result) reject(new Error(err?.message ?? result?.reason ?? 'conversion failed'));
      else resolve((performance.now() - t) / 1000);
    });
  });
}

export async function run(): Promise<Record<string, number> | undefined> {
  if (!HAVE_CORPUS) {
    console.log(`bench: ${CORPUS_DIR} is absent; nothing to measure.`);
    return undefined;
  }
  const openai = readFileSync(OPENAI, 'utf8');
  const xero = readFileSync(XERO, 'utf8');
  const github = readFileSync(GITHUB, 'utf8');
  // What the benches before this one left is collected here, not in the first timed rounds.
  fullGc();
  const rounds = 5;
  let operations = 0;
  const ours = timeRounds(rounds, () => {
    const r = importOpenApi3(parseApiDescription(openai, OPENAI).value);
    operations = Object.values(r.definition.paths as object).reduce(
      (n, item) => n + Object.keys(item).filter((k) => k !== 'parameters' && !k.startsWith('x-')).length,
      0,
    );
  });
  const parseOnly = timeRounds(rounds, () => void parseApiDescription(openai, OPENAI));
  const yaml = timeRounds(rounds, () => void importOpenApi3(parseApiDescription(xero, XERO).value));
  const postman = timeRounds(rounds, () => void importPostman(parseApiDescription(github, GITHUB).value));
  const heavy = (count: number) => {
    const text = heavyOpenApi3Yaml(count);
    return timeRounds(3, () => void importOpenApi3(parseApiDescription(text, 'heavy.yaml').value));
  };
  const heavyHalf = heavy(2000);
  const heavyFull = heavy(4000);
  // Timed as ours is, the median of five rounds: it speeds up over its first three or four (1.1,
  // 0.8, 0.7, then about 0.62 s), and the single cold round timed before swung by a third between
  // runs of one build, which the drift guard took for a change of ours.
  const yardsticks: number[] = [];
  for (let r = 0; r < rounds; r++) yardsticks.push(await openapiToPostman(openai));
  const yardstick = median(yardsticks);

  const row = (name: string, s: number) =>
    `${name.padEnd(62)} ${s.toFixed(3).padStart(7)} s  ${(s / yardstick).toFixed(3).padStart(6)}x yardstick  ${s <= TARGET_SECONDS ? 'under 1 s' : 'OVER 1 s'}`;
  console.log(
    `OpenAI spec: ${(openai.length / 1048576).toFixed(1)} MB, ${operations} operations imported (median of ${rounds} rounds where noted)`,
  );
  console.log(row('ours: OpenAI JSON parse + convert (median)', ours));
  console.log(row('  of which parse (median)', parseOnly));
  console.log(row(`ours: Xero accounting YAML ${(xero.length / 1048576).toFixed(1)} MB parse + convert (median)`, yaml));
  console.log(row(`ours: GitHub Postman ${(github.length / 1048576).toFixed(1)} MB parse + importPostman (median)`, postman));
  console.log(row('ours: generated YAML, 2,000 operations, parse + convert (median)', heavyHalf));
  console.log(row('ours: generated YAML, 4,000 operations, parse + convert (median)', heavyFull));
  console.log(row('yardstick: openapi-to-postmanv2 6.3.3 convert(OpenAI) (median)', yardstick));
  console.log(
    `target: OpenAI and GitHub imports each under ${TARGET_SECONDS} s -> ${Math.max(ours, postman) <= TARGET_SECONDS ? 'met' : 'NOT met'}; our OpenAI import takes ${(ours / yardstick).toFixed(3)}x the yardstick's time`,
  );
  return {
    'import: OpenAI JSON / yardstick': ours / yardstick,
    'import: Xero YAML / yardstick': yaml / yardstick,
    'import: GitHub Postman / yardstick': postman / yardstick,
    'import: YAML 4,000 operations / 2,000': heavyFull / heavyHalf,
  };
}
