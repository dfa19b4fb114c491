// Credentials as the platform adds them, from the connector's first security definition: Basic
// (the username and password connection parameters), an API key in a header or the query (the
// api_key connection parameter), or an OAuth 2.0 bearer access token given by the caller.
import type { ConnectorModel } from '../../core/model';
import { base64Encode } from './base64';
import { oauthParameterName } from './connection-values';
import { setHeader } from './header-map';
import { addSecretValue, markSecretHeader, markSecretQuery, type RequestDraft } from './request-draft';

function param(model: ConnectorModel, preferred: string, type: string): string {
  if (model.connectionParameters.some((p) => p.name === preferred)) return preferred;
  const typed = model.connectionParameters.filter((p) => p.type.toLowerCase() === type && p.set === undefined);
  return typed.length === 1 ? typed[0]!.name : preferred;
}

function missing(d: RequestDraft, name: string, what: string): void {
  d.errors.push(`The connection parameter "${name}" (${what}) has no value.`);
}

export function applyAuth(d: RequestDraft, model: ConnectorModel, accessToken?: string): void {
  const security = model.securityDefinitions[0];
  if (model.auth === 'multiple') {
    d.notes.push('The connector has several connection types (connectionParameterSets); the test uses its first security definition.');
  }
  if (!security) return;
  if (model.securityDefinitions.length > 1) {
    d.notes.push(
      `The definition has ${model.securityDefinitions.length} security definitions; as on the platform, the first one ("${security.name}") is used.`,
    );
  }
  switch (security.type) {
    case 'basic': {
      const userName = param(model, 'username', 'string');
      const passwordName = param(model, 'password', 'securestring');
      const user = d.connection[userName];
      const password = d.connection[passwordName];
      if (user === undefined) missing(d, userName, 'the user name for Basic authentication');
      if (password === undefined) missing(d, passwordName, 'the password for Basic authentication');
      if (user === undefined || password === undefined) return;
      const encoded = base64Encode(`${user}:${password}`);
      addSecretValue(d, password);
      addSecretValue(d, encoded);
      setHeader(d.headers, 'Authorization', `Basic ${encoded}`);
      markSecretHeader(d, 'Authorization');
      return;
    }
    case 'apiKey': {
      const keyName = param(model, 'api_key', 'securestring');
      const key = d.connection[keyName];
      const where = security.in === 'query' ? 'query' : 'header';
      const name = security.paramName ?? '';
      if (name === '') {
        d.errors.push(
          `The security definition "${security.name}" names no ${where === 'query' ? 'query parameter' : 'header'} for the API key (its "name" is missing).`,
        );
        return;
      }
      if (key === undefined) return missing(d, keyName, 'the API key');
      addSecretValue(d, key);
      if (where === 'query') {
        d.query = d.query.filter(([k]) => k !== name);
        d.query.push([name, key]);
        markSecretQuery(d, name);
      } else {
        setHeader(d.headers, name, key);
        markSecretHeader(d, name);
      }
      if (security.in !== 'query' && security.in !== 'header') {
        d.notes.push(
          `The API key location "${security.in ?? '(none)'}" is neither header nor query; the key was sent in the header ${name}.`,
        );
      }
      return;
    }
    case 'oauth2': {
      const tokenParam = oauthParameterName(model) ?? 'token';
      const token = accessToken ?? d.connection[tokenParam];
      if (!token) {
        d.errors.push(
          `OAuth 2.0: no access token was given (the connection parameter "${tokenParam}" holds it for a test run); signing in from the studio is not available yet.`,
        );
        return;
      }
      addSecretValue(d, token);
      setHeader(d.headers, 'Authorization', `Bearer ${token}`);
      markSecretHeader(d, 'Authorization');
      return;
    }
    default:
      d.notes.push(
        `The security definition "${security.name}" has type "${security.type}", which the test runner does not know; no credentials were added.`,
      );
  }
}
