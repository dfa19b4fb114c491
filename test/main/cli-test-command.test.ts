// `connector-studio test` in-process against a real API on 127.0.0.1: a passing run, a schema
// mismatch located by file:line:col, error statuses and network failures, the three output
// formats, skipped operations, argument parsing, and secrets: the key, the password and the Basic
// credential derived from them appear nowhere in anything written, even when the API echoes them.
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTestArgs, runTest, type TestArgs } from '../../main/cli/test-command';
import { UsageError } from '../../main/cli/cli-error';

const SECRET = 'sk-test-9f8e7d6c5b4a';
const PASSWORD = 'correct horse battery';
const BASIC = Buffer.from(`ada:${PASSWORD}`).toString('base64');

let port = 0;
let tmp: string;
const sockets = new Set<import('node:net').Socket>();

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const send = (status: number, value: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(value));
  };
  const authorized = req.headers['x-api-key'] === SECRET || req.headers.authorization === `Basic ${BASIC}`;
  if (!authorized) return send(401, { error: 'unauthorized' });
  if (url.pathname === '/v1/items' && req.method === 'GET')
    return send(200, {
      items: [
        { id: 1, name: 'Pen' },
        { id: 2, name: 'Cup' },
      ],
    });
  const m = /^\/v1\/items\/([^/]+)$/.exec(url.pathname);
  if (m)
    return m[1] === 'bad'
      ? send(200, { id: 'bad', name: 'Broken' })
      : m[1] === 'gone'
        ? send(404, { error: 'gone' })
        : send(200, { id: Number(m[1]), name: 'Pen' });
  // Echoes what it got, secrets included: the runner must mask them in what it prints.
  if (url.pathname === '/v1/echo') return send(200, { headers: req.headers, query: url.search });
  return send(404, { error: 'not found' });
});

const definition = (apiPort: number, security: Record<string, unknown>) => ({
  swagger: '2.0',
  info: { title: 'Local Shop', version: '1.0', description: 'A shop on this machine.' },
  host: `127.0.0.1:${apiPort}`,
  basePath: '/v1',
  schemes: ['http'],
  produces: ['application/json'],
  paths: {
    '/items': {
      get: {
        operationId: 'ListItems',
        responses: {
          '200': {
            description: 'OK',
            schema: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/definitions/Item' } } } },
          },
        },
      },
      post: {
        operationId: 'CreateItem',
        parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Item' } }],
        responses: { '201': { description: 'Created' } },
      },
    },
    '/items/{id}': {
      get: {
        operationId: 'GetItem',
        parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
        responses: {
          '200': { description: 'OK', schema: { $ref: '#/definitions/Item' } },
          default: { description: 'Error', schema: { type: 'object' } },
        },
      },
    },
    '/echo': { get: { operationId: 'Echo', responses: { '200': { description: 'OK', schema: { type: 'object' } } } } },
    '/hooks': {
      'x-ms-notification-content': { schema: { type: 'object' } },
      post: { operationId: 'OnNewItem', 'x-ms-trigger': 'single', responses: { '201': { description: 'Created' } } },
    },
  },
  definitions: {
    Item: { type: 'object', required: ['id'], properties: { id: { type: 'integer', format: 'int64' }, name: { type: 'string' } } },
  },
  securityDefinitions: security,
});

const apiKeyProperties = {
  properties: {
    connectionParameters: {
      api_key: { type: 'securestring', uiDefinition: { displayName: 'API key', constraints: { required: 'true' } } },
    },
    iconBrandColor: '#123456',
    policyTemplateInstances: [
      {
        templateId: 'setheader',
        title: 'Trace',
        parameters: {
          'x-ms-apimTemplateParameter.name': 'X-Trace',
          'x-ms-apimTemplateParameter.value': "trace-@connectionParameters('api_key')",
          'x-ms-apimTemplateParameter.existsAction': 'override',
          'x-ms-apimTemplate-policySection': 'Request',
        },
      },
    ],
  },
};

let n = 0;
async function connectorFolder(def: unknown, properties: unknown): Promise<string> {
  const dir = path.join(tmp, `c${++n}`);
  await fs.mkdir(dir);
  await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), `${JSON.stringify(def, null, 2)}\n`);
  await fs.writeFile(path.join(dir, 'apiProperties.json'), `${JSON.stringify(properties, null, 2)}\n`);
  return dir;
}

let apiKeyDir: string;
let basicDir: string;
/** Everything any run wrote, to be scanned for secrets at the end. */
const everything: string[] = [];

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(args: Partial<TestArgs> & { source: string }): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runTest(
    { operations: [], params: {}, inputs: {}, format: 'text', ...args },
    { out: (s) => out.push(s), err: (s) => err.push(s) },
    { http: { timeoutMs: 5000 } },
  );
  everything.push(...out, ...err);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cs-test-cmd-'));
  apiKeyDir = await connectorFolder(definition(port, { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } }), apiKeyProperties);
  basicDir = await connectorFolder(definition(port, { basic: { type: 'basic' } }), {
    properties: { connectionParameters: { username: { type: 'string' }, password: { type: 'securestring' } }, iconBrandColor: '#123456' },
  });
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => server.close(resolve));
  await fs.rm(tmp, { recursive: true, force: true });
  // Last, over every run of this file: no secret, in any form the runner could have printed.
  const all = everything.join('\n');
  for (const secret of [SECRET, PASSWORD, BASIC, encodeURIComponent(PASSWORD)]) expect(all).not.toContain(secret);
});

describe('a passing run', () => {
  it('runs the named operations, prints curl with secrets masked and what came back; exit 0', async () => {
    const r = await run({
      source: apiKeyDir,
      operations: ['ListItems', 'GetItem'],
      inputs: { GetItem: { id: '1' } },
      params: { api_key: SECRET },
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `== ListItems  GET /items\n   curl http://127.0.0.1:${port}/v1/items \\\n     -H 'Accept: application/json' \\\n     -H 'X-Api-Key: ****' \\\n     -H 'X-Trace: ****'`,
    );
    expect(r.out).toMatch(/<- 200 OK {2}\d+(\.\d+)? (ms|s) \(connect [^)]*first byte [^)]*\)/);
    expect(r.out).toContain('      content-type: application/json');
    expect(r.out).toContain('   {\n     "items": [\n       {\n         "id": 1,');
    expect(r.out).toContain('   PASS ListItems');
    expect(r.out).toContain(`curl http://127.0.0.1:${port}/v1/items/1`);
    expect(r.out).toContain('   PASS GetItem');
    expect(r.out.endsWith('Local Shop: 2 passed, 0 failed, 0 skipped.')).toBe(true);
    expect(r.out).not.toContain(SECRET);
  });

  it('without --operation: safe actions with their inputs run, the rest are skipped with the reason', async () => {
    const r = await run({ source: apiKeyDir, params: { api_key: SECRET } });
    expect(r.code).toBe(0);
    expect(r.out).toContain('PASS ListItems');
    expect(r.out).toContain('PASS Echo');
    expect(r.out).toContain('skipped CreateItem: CreateItem is a POST and may change data; name it with --operation CreateItem to run it.');
    expect(r.out).toContain('skipped GetItem: GetItem needs --input GetItem.id=<value>.');
    expect(r.out).toContain('skipped OnNewItem: OnNewItem is a webhook trigger; triggers are not tested yet.');
    expect(r.out).toContain('Local Shop: 2 passed, 0 failed, 3 skipped.');
    // The API echoed the key (in X-Api-Key and inside X-Trace): masked in the body too.
    expect(r.out).toContain('"x-api-key": "****"');
    expect(r.out).toContain('"x-trace": "trace-****"');
  });

  it('Basic: the password and the derived credential are masked, in the request and in the echo', async () => {
    const r = await run({ source: basicDir, operations: ['Echo'], params: { username: 'ada', password: PASSWORD } });
    expect(r.code).toBe(0);
    expect(r.out).toContain("-H 'Authorization: Basic ****'");
    expect(r.out).toContain('"authorization": "Basic ****"');
  });
});

describe('failures: exit 1', () => {
  it('a schema mismatch, located at file:line:col of the schema keyword', async () => {
    const r = await run({ source: apiKeyDir, operations: ['GetItem'], inputs: { GetItem: { id: 'bad' } }, params: { api_key: SECRET } });
    expect(r.code).toBe(1);
    const file = path.join(apiKeyDir, 'apiDefinition.swagger.json');
    const text = await fs.readFile(file, 'utf8');
    // Where "type": "integer" of Item.id is, counted here from the text.
    const offset = text.indexOf('"type": "integer"', text.indexOf('"Item": {'));
    const before = text.slice(0, offset).split('\n');
    const line = before.length;
    const column = before[before.length - 1]!.length + 1;
    expect(r.out).toContain(
      `\n${file}:${line}:${column} error ResponseSchemaMismatch Property .id type mismatch, Expected: integer, Actual: string\n     at $.id in the body; schema /definitions/Item/properties/id/type\n`,
    );
    expect(r.out).toContain('   FAIL GetItem: The response does not match the schema declared for 200 (1 mismatch).');
    expect(r.out).toContain('Local Shop: 0 passed, 1 failed, 0 skipped.');
  });

  it('an error status', async () => {
    const r = await run({ source: apiKeyDir, operations: ['ListItems'], params: { api_key: 'wrong-key-value' } });
    expect(r.code).toBe(1);
    expect(r.out).toContain('FAIL ListItems: The API answered 401 Unauthorized.');
    expect(r.out).toContain(
      'note: The definition declares no response for status 401 and no default (declared: 200); the body was not checked.',
    );
  });

  it('a missing connection value', async () => {
    const r = await run({ source: apiKeyDir, operations: ['ListItems'] });
    expect(r.code).toBe(1);
    expect(r.out).toContain('FAIL ListItems: The connection parameter "api_key" (the API key) has no value.');
  });

  it('a refused connection', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const dir = await connectorFolder(
      definition(deadPort, { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } }),
      apiKeyProperties,
    );
    const r = await run({ source: dir, operations: ['ListItems'], params: { api_key: SECRET } });
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `FAIL ListItems: The connection to 127.0.0.1:${deadPort} was refused: no server is listening on port ${deadPort} there.`,
    );
  });
});

describe('formats', () => {
  it('json: one document with the results, located mismatches and no secret', async () => {
    const r = await run({
      source: apiKeyDir,
      operations: ['ListItems', 'GetItem'],
      inputs: { GetItem: { id: 'bad' } },
      params: { api_key: SECRET },
      format: 'json',
    });
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const doc = JSON.parse(r.out);
    expect(doc.summary).toEqual({ passed: 1, failed: 1, skipped: 0 });
    expect(doc.operations.map((o: { operation: string; outcome: string }) => [o.operation, o.outcome])).toEqual([
      ['ListItems', 'passed'],
      ['GetItem', 'failed'],
    ]);
    expect(doc.operations[0].request.headers['X-Api-Key']).toBe('****');
    expect(doc.operations[1].check.mismatches[0]).toMatchObject({
      path: '$.id',
      file: 'apiDefinition.swagger.json',
      keywordPointer: '/definitions/Item/properties/id/type',
    });
    expect(doc.operations[1].check.mismatches[0].line).toBeGreaterThan(1);
  });

  it('junit: a test case per operation, failures and skips', async () => {
    const r = await run({ source: apiKeyDir, inputs: { GetItem: { id: 'bad' } }, params: { api_key: SECRET }, format: 'junit' });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="connector-studio test" tests="5" failures="1" skipped="2" time="[\d.]+">/,
    );
    expect(r.out).toContain('<testcase classname="Local Shop" name="GetItem"');
    expect(r.out).toContain(
      '<failure message="The response does not match the schema declared for 200 (1 mismatch)." type="ResponseSchemaMismatch">',
    );
    expect(r.out).toContain(
      '<skipped message="CreateItem is a POST and may change data; name it with --operation CreateItem to run it."/>',
    );
    expect(r.out).toContain('-H &apos;X-Api-Key: ****&apos;'.replace(/&apos;/g, "'"));
  });
});

describe('usage', () => {
  it('--connection: a name that is not saved (exit 2; saved connections: cli-test-connection.test.ts)', async () => {
    const r = await run({ source: apiKeyDir, connection: 'prod' });
    expect(r.code).toBe(2);
    expect(r.err).toBe(`connector-studio: There is no saved connection named "prod" for ${apiKeyDir} (none is saved).`);
  });

  it('an unknown operation (exit 2)', async () => {
    const r = await run({ source: apiKeyDir, operations: ['ListItem'], params: { api_key: SECRET } });
    expect(r.code).toBe(2);
    expect(r.err).toContain('The connector has no operation "ListItem" (its operations: ListItems, CreateItem, GetItem, Echo, OnNewItem).');
  });

  it('a folder that does not exist (exit 1)', async () => {
    const r = await run({ source: path.join(tmp, 'nope') });
    expect(r.code).toBe(1);
    expect(r.err).toBe(`connector-studio: ${path.join(tmp, 'nope')} does not exist.`);
  });

  it('parseTestArgs', () => {
    expect(
      parseTestArgs([
        'dir',
        '--operation',
        'A',
        '--operation',
        'B',
        '--param',
        'api_key=x=y',
        '--input',
        'A.id=7',
        '--input',
        'A.filter=a.b=c',
        '--format',
        'junit',
      ]),
    ).toEqual({
      source: 'dir',
      operations: ['A', 'B'],
      params: { api_key: 'x=y' },
      inputs: { A: { id: '7', filter: 'a.b=c' } },
      format: 'junit',
    });
    expect(parseTestArgs(['dir', '--connection', 'prod'])).toEqual({
      source: 'dir',
      operations: [],
      connection: 'prod',
      params: {},
      inputs: {},
      format: 'text',
    });
    const usage = (argv: string[]) => {
      try {
        parseTestArgs(argv);
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError);
        return (e as Error).message;
      }
      throw new Error('no usage error');
    };
    expect(usage([])).toBe('test needs a connector folder or definition file.');
    // A leftover argument may be a secret (`--param api_key <secret>`): counted, never repeated.
    expect(usage(['a', 'b'])).toBe(
      'test takes one connector folder or file; 1 more argument was given (put values in quotes, and options as --name value).',
    );
    expect(usage(['dir', '--format', 'xml'])).toBe('--format must be one of text, json, junit.');
    // A value pasted without its name may be a secret: the message does not repeat it.
    expect(usage(['dir', '--param', SECRET])).toBe('--param must be written <name>=<value>.');
    expect(usage(['dir', '--input', 'id=1'])).toBe('--input must be written <operationId>.<parameter>=<value>.');
    expect(usage(['dir', '--bogus'])).toBe('Unknown option --bogus.');
  });
});
