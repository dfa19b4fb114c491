// OAuth 2.0: the identity provider and the fields it shows, in the portal's wording. Client ID,
// scopes, redirect mode and customParameters live in apiProperties.json; the authorization and token
// URLs also in the definition's oauth2 security definition (kept in step by shared/editing/security-settings).
import { useId } from 'react';
import {
  customKey,
  IDENTITY_PROVIDERS,
  identityProvider,
  scopeText,
  type CustomParameterField,
  type SecuritySettings,
} from '../../../shared/editing/security-settings';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { ClientSecretField } from './client-secret-field';
import type { SecurityEditing } from './security-editing';
import { ExtraAuthorizationParameters, StudioSignInOptions } from './studio-sign-in';

export const GLOBAL_REDIRECT_URL = 'https://global.consent.azure-apim.net/redirect';

const REDIRECT_MODES = [
  { value: 'Global', label: 'Global: the shared redirect URL' },
  { value: 'GlobalPerConnector', label: 'Unique redirect URL for this connector' },
  { value: 'Direct', label: 'Direct' },
] as const;

interface Props {
  settings: SecuritySettings;
  editing: SecurityEditing;
  dir: string;
  disabled: boolean;
}

export function OAuthSection({ settings: s, editing, dir, disabled }: Props) {
  const provider = identityProvider(s.identityProvider);
  const known = IDENTITY_PROVIDERS.some((p) => p.id === provider.id);
  const providers = [
    ...(known || s.identityProvider === undefined ? [] : [{ value: provider.id, label: provider.label }]),
    ...IDENTITY_PROVIDERS.map((p) => ({ value: p.id, label: p.label })),
  ];
  const at = s.oauthParameter ? `connectionParameters.${s.oauthParameter}.oAuthSettings` : 'oAuthSettings';
  const def = s.definitionName ? `securityDefinitions["${s.definitionName}"]` : 'the oauth2 security definition';
  const custom = (f: CustomParameterField) => {
    const key = customKey(s.customParameters, f.key);
    const value = s.customParameters?.[key] ?? '';
    const hint = [`${at}.customParameters.${key}`, f.hint].filter(Boolean).join('. ');
    if (f.boolean) {
      const options = [
        ...(value === 'true' || value === 'false' ? [] : [{ value, label: value === '' ? 'Not set' : value }]),
        { value: 'false', label: 'false' },
        { value: 'true', label: 'true' },
      ];
      return (
        <SelectField
          key={f.key}
          label={f.label}
          value={value}
          options={options}
          hint={hint}
          onChange={(v) => editing.choose(`custom:${f.key}`, { kind: 'custom', key: f.key, value: v })}
        />
      );
    }
    return (
      <TextField
        key={f.key}
        label={f.label}
        value={value}
        code
        multiline={/BodyTemplate$|QueryStringTemplate$/.test(f.key)}
        hint={hint}
        {...editing.text(`custom:${f.key}`, (v) => ({ kind: 'custom', key: f.key, value: v }))}
      />
    );
  };
  const mode = s.redirectMode ?? '';
  const modes = REDIRECT_MODES.some((m) => m.value === mode)
    ? REDIRECT_MODES
    : [{ value: mode, label: mode === '' ? 'Not set' : mode }, ...REDIRECT_MODES];
  const redirectUrl = s.redirectUrl ?? (mode === 'Global' || mode === '' ? GLOBAL_REDIRECT_URL : '');
  return (
    <fieldset className="form-section" disabled={disabled}>
      <legend>OAuth 2.0</legend>
      <p className="section-hint">Users sign in with the identity provider when they create a connection.</p>
      <SelectField
        label="Identity Provider"
        value={provider.id}
        options={providers}
        hint={`${at}.identityProvider`}
        onChange={(v) => editing.choose('provider', { kind: 'provider', identityProvider: v })}
      />
      <TextField
        label="Client ID"
        value={s.clientId ?? ''}
        code
        hint={`${at}.clientId`}
        {...editing.text('clientId', (v) => ({ kind: 'field', field: 'clientId', value: v }))}
      />
      <ClientSecretField dir={dir} disabled={disabled} />
      {provider.fields.map(custom)}
      {provider.kind === 'generic' ? <ExtraAuthorizationParameters settings={s} editing={editing} at={at} /> : null}
      {provider.kind === 'named' ? (
        <>
          <TextField
            label="Authorization URL"
            value={s.authorizationUrl ?? ''}
            code
            hint={`${def}.authorizationUrl in the definition (the connection uses the provider's own).`}
            {...editing.text('authorizationUrl', (v) => ({ kind: 'field', field: 'authorizationUrl', value: v }))}
          />
          <TextField
            label="Token URL"
            value={s.tokenUrl ?? ''}
            code
            hint={`${def}.tokenUrl in the definition.`}
            {...editing.text('tokenUrl', (v) => ({ kind: 'field', field: 'tokenUrl', value: v }))}
          />
        </>
      ) : null}
      <TextField
        label="Scope"
        value={scopeText(s)}
        code
        hint={`${at}.scopes and the scopes of ${def}, separated by spaces.`}
        {...editing.text('scope', (v) => ({ kind: 'scope', text: v }))}
      />
      <SelectField
        label="Redirect mode"
        value={mode}
        options={modes}
        hint={`${at}.redirectMode. Certification asks for a unique redirect URL per connector.`}
        onChange={(v) => v && editing.choose('redirectMode', { kind: 'field', field: 'redirectMode', value: v })}
      />
      <ReadOnlyField
        label="Redirect URL"
        value={redirectUrl}
        hint={
          s.redirectUrl === undefined && mode !== 'Global' && mode !== ''
            ? 'Power Platform fills it in when the connector is first saved there; register it with the identity provider then.'
            : 'Register this URL with the identity provider.'
        }
      />
      <StudioSignInOptions dir={dir} disabled={disabled} />
    </fieldset>
  );
}

function ReadOnlyField({ label, value, hint }: { label: string; value: string; hint: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-control">
        <input id={id} className="input code-input" readOnly value={value} aria-describedby={`${id}-hint`} />
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
    </div>
  );
}
