// A one-operation connector with an API key, and the API it calls on 127.0.0.1 (200 with the right
// key, 401 without): what the tests of built and packaged artifacts run an operation test against.
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface KeyedApi {
  port: number;
  close(): Promise<void>;
}

/** Starts the API; it answers 200 only when the X-Api-Key header is `key`. */
export async function startKeyedApi(key: string): Promise<KeyedApi> {
  const server = http.createServer((req, res) => {
    const ok = req.headers['x-api-key'] === key;
    res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ ok }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Writes the Echo connector (operation Echo, connection parameter api_key) into a new folder `dir`. */
export async function writeEchoConnector(dir: string, apiPort: number): Promise<void> {
  await fs.mkdir(dir);
  const definition = {
    swagger: '2.0',
    info: { title: 'Echo', version: '1.0' },
    host: `127.0.0.1:${apiPort}`,
    basePath: '/',
    schemes: ['http'],
    produces: ['application/json'],
    paths: { '/echo': { get: { operationId: 'Echo', responses: { '200': { description: 'OK', schema: { type: 'object' } } } } } },
    securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
  };
  const properties = { properties: { connectionParameters: { api_key: { type: 'securestring' } } } };
  await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), JSON.stringify(definition, null, 2));
  await fs.writeFile(path.join(dir, 'apiProperties.json'), JSON.stringify(properties, null, 2));
}
