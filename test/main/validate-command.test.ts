// `runValidate`: the offline certification check of a connector folder or a lone definition file,
// in every output format, with exit 1 exactly when there are errors.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runValidate, type ValidateArgs } from '../../main/cli/validate-command';
import { goodDefinition, goodProperties } from '../shared/certify/support';

let tmp: string;
let n = 0;

async function folder(files: Record<string, string>): Promise<string> {
  const dir = path.join(tmp, `c${++n}`);
  await fs.mkdir(dir);
  for (const [name, content] of Object.entries(files)) await fs.writeFile(path.join(dir, name), content);
  return dir;
}

async function validate({ source, ...args }: Partial<ValidateArgs> & { source: string }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runValidate(
    { profile: 'certified', format: 'text', sources: [source], ...args },
    { out: (s) => out.push(s), err: (s) => err.push(s) },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const json = (v: unknown) => JSON.stringify(v, null, 4);
/** A readme.md with the sections of the certification template (a certified folder needs one). */
const README = [
  'Publisher',
  'Prerequisites',
  'Supported Operations',
  'Obtaining Credentials',
  'Known Issues and Limitations',
  'Deployment Instructions',
]
  .map((h) => `## ${h}\n\nText.\n`)
  .join('\n');

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'connector-studio-validate-'));
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('runValidate', () => {
  it('exits 0 for a clean connector and says so', async () => {
    const dir = await folder({
      'apiDefinition.swagger.json': json(goodDefinition()),
      'apiProperties.json': json(goodProperties()),
      'README.md': README,
    });
    const r = await validate({ source: dir });
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe('0 errors, 0 warnings, 0 info (profile certified).');
  });

  it('exits 1 with errors and prints them with file, line, column and ValuePath', async () => {
    const def = goodDefinition();
    def.paths['/items'].get.summary = 'List items / folders';
    const dir = await folder({
      'apiDefinition.swagger.json': json(def),
      'apiProperties.json': json(goodProperties()),
      'README.md': README,
    });
    const r = await validate({ source: dir });
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/apiDefinition\\.swagger\\.json:\\d+:\\d+ error RestrictedCharactersInSummary `,
      ),
    );
    expect(lines[1]).toBe('  ValuePath: operation/ListItems/summary');
  });

  it('exits 0 when there are only warnings; the profile decides what is an error', async () => {
    const def = goodDefinition();
    def.info.title = 'Contoso API';
    const dir = await folder({ 'apiDefinition.swagger.json': json(def), 'apiProperties.json': json(goodProperties()) });
    expect((await validate({ source: dir, profile: 'certified' })).code).toBe(1);
    expect((await validate({ source: dir, profile: 'custom' })).code).toBe(0);
  });

  it('reports files that are not JSON, and still checks what it could read', async () => {
    const dir = await folder({
      'apiDefinition.swagger.json': json(goodDefinition()).replace('"host": "api.contoso.com",', '"host": "api.contoso.com"'),
      'apiProperties.json': json(goodProperties()),
    });
    const r = await validate({ source: dir, format: 'json' });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out).diagnostics;
    expect(out[0]).toMatchObject({
      ruleId: 'CommaExpected',
      severity: 'error',
      file: expect.stringMatching(/apiDefinition\.swagger\.json$/),
    });
  });

  it('checks a lone definition file (custom profile: no apiProperties needed)', async () => {
    const dir = await folder({ 'openapi.json': json(goodDefinition()) });
    const r = await validate({ source: path.join(dir, 'openapi.json'), profile: 'custom' });
    expect(r.code).toBe(0);
    const cert = await validate({ source: path.join(dir, 'openapi.json'), profile: 'certified' });
    expect(cert.code).toBe(1);
    expect(cert.out).toMatch(/error ApiPropertiesMissing /);
  });

  it('writes SARIF and JUnit that parse, with paths relative to the working directory', async () => {
    const def = goodDefinition();
    def.paths['/items'].get.summary = 'List items?';
    const dir = await folder({ 'apiDefinition.swagger.json': json(def), 'apiProperties.json': json(goodProperties()) });
    const sarif = await validate({ source: dir, format: 'sarif' });
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.out);
    expect(log.version).toBe('2.1.0');
    const uri = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri as string;
    expect(path.resolve(uri)).toBe(path.join(dir, 'apiDefinition.swagger.json'));
    const junit = await validate({ source: dir, format: 'junit' });
    expect(junit.code).toBe(1);
    expect(junit.out).toMatch(/<testsuite name="[^"]*apiDefinition\.swagger\.json" tests="\d+" failures="1"/);
    expect(junit.out).toMatch(/<testsuite name="[^"]*apiProperties\.json" tests="\d+" failures="0"/);
  });

  it('--profile auto chooses from the folder, then the files, and names the choice', async () => {
    const repo = path.join(tmp, `repo${++n}`, 'independent-publisher-connectors', 'Contoso');
    await fs.mkdir(repo, { recursive: true });
    await fs.writeFile(path.join(repo, 'apiDefinition.swagger.json'), json(goodDefinition()));
    await fs.writeFile(path.join(repo, 'apiProperties.json'), json(goodProperties()));
    const byFolder = await validate({ source: repo, profile: 'auto', format: 'json' });
    expect(JSON.parse(byFolder.out)).toMatchObject({
      profile: 'independent-publisher',
      profileReason: 'folder independent-publisher-connectors',
    });

    const certified = await folder({ 'apiDefinition.swagger.json': json(goodDefinition()), 'apiProperties.json': json(goodProperties()) });
    const text = await validate({ source: certified, profile: 'auto' });
    expect(text.out.split('\n').at(-1)).toMatch(
      /^0 errors, \d+ warnings?, 0 info \(profile certified, chosen from apiProperties\.json names publisher and stackOwner\)\.$/,
    );

    const ipProperties = goodProperties();
    ipProperties.properties.iconBrandColor = '#DA3B01';
    const ip = await folder({ 'apiDefinition.swagger.json': json(goodDefinition()), 'apiProperties.json': json(ipProperties) });
    const sarif = JSON.parse((await validate({ source: ip, profile: 'auto', format: 'sarif' })).out);
    expect(sarif.runs[0].properties).toEqual({ profile: 'independent-publisher', profileReason: 'iconBrandColor #da3b01' });

    const bare = goodDefinition();
    delete bare['x-ms-connector-metadata'];
    const custom = await folder({ 'apiDefinition.swagger.json': json(bare) });
    expect(JSON.parse((await validate({ source: custom, profile: 'auto', format: 'json' })).out)).toMatchObject({ profile: 'custom' });

    // A profile asked for is not second-guessed.
    expect(JSON.parse((await validate({ source: ip, profile: 'custom', format: 'json' })).out)).toEqual({
      profile: 'custom',
      diagnostics: [],
    });
  });

  it('says what is wrong when the source does not exist', async () => {
    const r = await validate({ source: path.join(tmp, 'missing') });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/does not exist/);
  });
});
