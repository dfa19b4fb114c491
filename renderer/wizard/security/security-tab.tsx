// The Security tab: how connections authenticate, as the maker portal's Security step asks it
// (No authentication, Basic, API Key, OAuth 2.0 with its identity providers). Every choice edits
// both files at once: the definition's security definition (and top-level `security` when there is
// one) and the connection parameters in apiProperties.json, as minimal undoable text edits.
import type { AuthType, SecuritySettings } from '../../../shared/editing/security-settings';
import { useTabSession } from '../../session/session-context';
import type { FormState } from '../../../shared/editing/form-state';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { OAuthSection } from './oauth-section';
import { securityEditing, type SecurityEditing } from './security-editing';
import './security.css';

interface Props {
  form: FormState;
  definitionLocked: boolean;
  propertiesLocked: boolean;
}

const TYPES: readonly { value: AuthType; label: string }[] = [
  { value: 'none', label: 'No authentication' },
  { value: 'basic', label: 'Basic authentication' },
  { value: 'apiKey', label: 'API Key' },
  { value: 'oauth2', label: 'OAuth 2.0' },
];

const LOCATIONS = [
  { value: 'header', label: 'Header' },
  { value: 'query', label: 'Query' },
] as const;

export function SecurityTab({ form, definitionLocked, propertiesLocked }: Props) {
  const session = useTabSession();
  const s = form.security;
  const editing = securityEditing(session, s);
  const dir = session.getSnapshot().dir;
  const notices = noticesOf(s, form.hasProperties);
  // A switch writes both files: neither may be broken, and both must be there.
  const disabled = definitionLocked || propertiesLocked || !form.hasProperties || s.parameterSets;
  return (
    <div className="tab-body">
      <h2>Security</h2>
      {notices.length ? (
        <ul className="security-notices" aria-label="About this connector's authentication">
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {s.plainClientSecret && !disabled ? (
        <div className="security-notice" role="alert">
          <p>apiProperties.json holds a client secret in plain text. Remove it from the file, and store it below in the system keychain.</p>
          <button type="button" className="secondary" onClick={() => editing.choose('remove-secret', { kind: 'removeFileSecret' })}>
            Remove it from the file
          </button>
        </div>
      ) : null}
      <fieldset className="form-section" disabled={disabled}>
        <legend>Authentication</legend>
        <p className="section-hint">Choose what authentication is implemented by your API.</p>
        <SelectField
          label="Authentication type"
          value={s.type}
          options={TYPES}
          hint="The definition's securityDefinitions and the connection parameters in apiProperties.json change together."
          onChange={(type) => editing.choose('type', { kind: 'type', type })}
        />
      </fieldset>
      {s.type === 'basic' ? <BasicSection settings={s} editing={editing} disabled={disabled} /> : null}
      {s.type === 'apiKey' ? <ApiKeySection settings={s} editing={editing} disabled={disabled} /> : null}
      {s.type === 'oauth2' ? <OAuthSection settings={s} editing={editing} dir={dir} disabled={disabled} /> : null}
    </div>
  );
}

interface SectionProps {
  settings: SecuritySettings;
  editing: SecurityEditing;
  disabled: boolean;
}

function BasicSection({ settings: s, editing, disabled }: SectionProps) {
  return (
    <fieldset className="form-section" disabled={disabled}>
      <legend>Basic authentication</legend>
      <p className="section-hint">Users will be required to provide the user name and password when creating a connection.</p>
      <fieldset className="security-subsection">
        <legend>User name</legend>
        <TextField
          label="Parameter label"
          value={s.usernameLabel ?? ''}
          hint="connectionParameters.username.uiDefinition.displayName"
          {...editing.text('usernameLabel', (v) => ({ kind: 'field', field: 'usernameLabel', value: v }))}
        />
      </fieldset>
      <fieldset className="security-subsection">
        <legend>Password</legend>
        <TextField
          label="Parameter label"
          value={s.passwordLabel ?? ''}
          hint="connectionParameters.password.uiDefinition.displayName"
          {...editing.text('passwordLabel', (v) => ({ kind: 'field', field: 'passwordLabel', value: v }))}
        />
      </fieldset>
    </fieldset>
  );
}

function ApiKeySection({ settings: s, editing, disabled }: SectionProps) {
  const param = s.apiKeyParameter ?? 'api_key';
  const def = s.definitionName ? `securityDefinitions["${s.definitionName}"]` : 'the apiKey security definition';
  const location = s.apiKeyIn ?? '';
  const locations = LOCATIONS.some((l) => l.value === location)
    ? LOCATIONS
    : [{ value: location, label: location === '' ? 'Not set' : location }, ...LOCATIONS];
  return (
    <fieldset className="form-section" disabled={disabled}>
      <legend>API Key</legend>
      <p className="section-hint">Users will be required to provide the API Key when creating a connection.</p>
      <TextField
        label="Parameter label"
        value={s.apiKeyLabel ?? ''}
        hint={`connectionParameters.${param}.uiDefinition.displayName: what people see when they create a connection.`}
        {...editing.text('apiKeyLabel', (v) => ({ kind: 'field', field: 'apiKeyLabel', value: v }))}
      />
      <TextField
        label="Parameter name"
        value={s.apiKeyName ?? ''}
        code
        placeholder="Ocp-Apim-Subscription-Key"
        hint={`${def}.name: the header or query parameter the key is sent in.`}
        {...editing.text('apiKeyName', (v) => ({ kind: 'field', field: 'apiKeyName', value: v }))}
      />
      <SelectField
        label="Parameter location"
        value={location}
        options={locations}
        hint={`${def}.in`}
        onChange={(v) => v && editing.choose('apiKeyIn', { kind: 'field', field: 'apiKeyIn', value: v })}
      />
    </fieldset>
  );
}

/** What the person should know before editing: parts the tab cannot edit, or that disagree. */
function noticesOf(s: SecuritySettings, hasProperties: boolean): string[] {
  const out: string[] = [];
  if (!hasProperties)
    out.push('This connector has no apiProperties.json, where the connection parameters are kept: the Security tab needs both files.');
  if (s.parameterSets) {
    out.push(
      'This connector offers several ways to sign in (connectionParameterSets). The maker portal does not edit them, and neither does this tab: edit them in apiProperties.json.',
    );
  }
  if (s.definitionCount > 1) {
    out.push(
      `The definition has ${s.definitionCount} security definitions. The platform uses only the first, "${s.definitionName}", which this tab edits; choosing another type replaces them all.`,
    );
  }
  if (hasProperties && s.type === 'oauth2' && s.definitionName === undefined) {
    out.push('The definition has no security definition for this OAuth connection: the fields below edit apiProperties.json only.');
  }
  if (hasProperties && s.type === 'oauth2' && s.oauthParameter === undefined) {
    out.push('apiProperties.json has no oauthSetting connection parameter: choose another identity provider to write one.');
  }
  if (hasProperties && s.type === 'apiKey' && s.apiKeyParameter === undefined) {
    out.push('apiProperties.json has no secure connection parameter for the key, so the Parameter label cannot be set.');
  }
  if (hasProperties && s.type === 'basic' && (s.usernameLabel === undefined || s.passwordLabel === undefined)) {
    out.push('The username or password connection parameter, or its label, is missing from apiProperties.json.');
  }
  return out;
}
