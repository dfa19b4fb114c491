// OAuth 2.0 as the studio signs in to test the connector (the Test tab's Sign in): the loopback
// redirect URI to register with the provider (with a copy button), an optional fixed port for
// providers that match redirect URIs port and all, and how the client authenticates at the token
// endpoint. Kept in the per-user app data folder, not in the connector. Also the extra
// authorization parameters of Generic OAuth 2, which live in the authorization URL's query, so
// Power Platform sends them too.
import { useEffect, useId, useState } from 'react';
import { customKey, type SecuritySettings } from '../../../shared/editing/security-settings';
import { getStudioApi } from '../../api/studio-api';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import type { SecurityEditing } from './security-editing';
import { errorMessage } from '../../../shared/core/error-message';

type ClientAuthentication = 'auto' | 'basic' | 'body';

interface Options {
  redirectPort?: number;
  clientAuthentication: ClientAuthentication;
  redirectUri: string;
}

const CLIENT_AUTHENTICATION = [
  { value: 'auto', label: "Automatic (the provider's metadata, else the request body)" },
  { value: 'basic', label: 'HTTP Basic (client_secret_basic)' },
  { value: 'body', label: 'In the request body (client_secret_post)' },
] as const;

function messageOf(err: unknown): string {
  return errorMessage(err);
}

/** "https://id.example.com/authorize?prompt=consent" -> its base and "prompt=consent". */
export function splitQuery(url: string): { base: string; query: string } {
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const q = beforeHash.indexOf('?');
  return q < 0
    ? { base: url, query: '' }
    : { base: beforeHash.slice(0, q) + (hash < 0 ? '' : url.slice(hash)), query: beforeHash.slice(q + 1) };
}

export function withQuery(url: string, query: string): string {
  const { base } = splitQuery(url);
  const q = query.trim().replace(/^\?/, '');
  const hash = base.indexOf('#');
  const path = hash < 0 ? base : base.slice(0, hash);
  return `${path}${q ? `?${q}` : ''}${hash < 0 ? '' : base.slice(hash)}`;
}

/** Generic OAuth 2: extra query parameters of the authorization request (prompt=consent, access_type=offline). */
export function ExtraAuthorizationParameters({
  settings: s,
  editing,
  at,
}: {
  settings: SecuritySettings;
  editing: SecurityEditing;
  at: string;
}) {
  const key = customKey(s.customParameters, 'authorizationUrl');
  const url = s.customParameters?.[key] ?? s.authorizationUrl ?? '';
  return (
    <TextField
      label="Extra authorization parameters"
      value={splitQuery(url).query}
      code
      placeholder="prompt=consent&access_type=offline"
      hint={`The query of ${at}.customParameters.${key}, so Power Platform sends them too. Some providers issue a refresh token only with parameters such as prompt=consent or access_type=offline.`}
      {...editing.text('custom:authorizationUrl:query', (v) => ({ kind: 'custom', key: 'authorizationUrl', value: withQuery(url, v) }))}
    />
  );
}

export function StudioSignInOptions({ dir, disabled }: { dir: string; disabled: boolean }) {
  const uriId = useId();
  const portId = useId();
  const [options, setOptions] = useState<Options | undefined>();
  const [port, setPort] = useState('');
  const [status, setStatus] = useState<{ text: string; warn: boolean } | undefined>();

  useEffect(() => {
    let live = true;
    getStudioApi()
      .oauthSignInOptions({ dir })
      .then(
        (o) => {
          if (!live) return;
          setOptions(o);
          // What the person typed before the options arrived stays.
          setPort((typed) => (typed === '' && o.redirectPort !== undefined ? String(o.redirectPort) : typed));
        },
        (err: unknown) => live && setStatus({ text: messageOf(err), warn: true }),
      );
    return () => {
      live = false;
    };
  }, [dir]);

  const save = async (next: { redirectPort?: number; clientAuthentication: ClientAuthentication }, said: string) => {
    try {
      const o = await getStudioApi().setOAuthSignInOptions({ dir, ...next });
      setOptions(o);
      setPort(o.redirectPort !== undefined ? String(o.redirectPort) : '');
      setStatus({ text: said, warn: false });
    } catch (err) {
      setStatus({ text: messageOf(err), warn: true });
    }
  };

  const savePort = () => {
    if (!options) return;
    const text = port.trim();
    const n = Number(text);
    if (text !== '' && !(Number.isInteger(n) && n >= 1024 && n <= 65535)) {
      setStatus({ text: `The redirect port must be a whole number from 1024 to 65535; "${text}" is not.`, warn: true });
      return;
    }
    const { redirectPort: _old, redirectUri: _uri, ...rest } = options;
    void save(
      { ...rest, ...(text === '' ? {} : { redirectPort: n }) },
      text === '' ? 'The studio now signs in on a free port it picks each time.' : `The studio now signs in on port ${n}.`,
    );
  };

  const copy = () => {
    if (!options) return;
    navigator.clipboard.writeText(options.redirectUri).then(
      () => setStatus({ text: 'Redirect URI copied.', warn: false }),
      () => setStatus({ text: 'The redirect URI could not be copied; select it and copy it by hand.', warn: true }),
    );
  };

  return (
    <fieldset className="security-subsection" disabled={disabled}>
      <legend>Signing in from the studio</legend>
      <p className="section-hint">
        For the Test tab&apos;s Sign in only, kept on this computer, not in the connector. Register this redirect URI with the identity
        provider besides the Power Platform one.
      </p>
      <div className="field">
        <label htmlFor={uriId}>Studio redirect URI</label>
        <div className="field-control">
          <input id={uriId} className="input code-input" readOnly value={options?.redirectUri ?? ''} aria-describedby={`${uriId}-hint`} />
          <button type="button" className="secondary" disabled={!options} onClick={copy}>
            Copy
          </button>
        </div>
        <p id={`${uriId}-hint`} className="field-hint">
          {options?.redirectPort !== undefined
            ? 'The studio listens on this port only, for providers that match the redirect URI exactly.'
            : 'Any port: the studio picks a free one each time, which providers that follow RFC 8252 accept. Set a fixed port for providers that match the port too.'}
        </p>
      </div>
      <div className="field">
        <label htmlFor={portId}>Fixed redirect port</label>
        <div className="field-control">
          <input
            id={portId}
            className="input code-input"
            inputMode="numeric"
            autoComplete="off"
            placeholder="Any free port"
            value={port}
            aria-describedby={`${portId}-hint`}
            onChange={(e) => setPort(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') savePort();
            }}
          />
          <button
            type="button"
            className="secondary"
            disabled={!options || port.trim() === (options.redirectPort !== undefined ? String(options.redirectPort) : '')}
            onClick={savePort}
          >
            Use this port
          </button>
        </div>
        <p id={`${portId}-hint`} className="field-hint">
          1024 to 65535; empty for any free port.
        </p>
      </div>
      <SelectField
        label="Client authentication"
        value={options?.clientAuthentication ?? 'auto'}
        options={[...CLIENT_AUTHENTICATION]}
        hint="How the studio sends the client secret to the token endpoint. Automatic follows the provider's published metadata (RFC 8414) and tries HTTP Basic once if the body is refused."
        onChange={(v) => {
          if (!options) return;
          const { redirectUri: _uri, ...rest } = options;
          void save({ ...rest, clientAuthentication: v as ClientAuthentication }, 'Client authentication saved.');
        }}
      />
      {status ? (
        <p role="status" className={status.warn ? 'field-hint warn' : 'field-hint'}>
          {status.text}
        </p>
      ) : null}
    </fieldset>
  );
}
