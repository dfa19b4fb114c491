// The General tab: where the connector calls (scheme, host, base URL), how it presents itself
// (name, description, contact, certification metadata), its icon and icon background colour, and
// whether it connects through an on-premises data gateway. Same fields and wording as the maker
// portal's General step; each writes a minimal edit of apiDefinition.swagger.json or
// apiProperties.json, and the icon is written as icon.png by the next save.
import { useTabSession } from '../../session/session-context';
import type { FormState } from '../../../shared/editing/form-state';
import { bindText, setOnce } from '../fields/field-binding';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { CategoriesField } from './categories-field';
import { GatewayField } from './gateway-field';
import { IconColorField } from './icon-color-field';
import { IconField } from './icon-field';
import type { IconFile } from './icon-file';
import { MetadataField } from './metadata-field';
import './general.css';

interface Props {
  /** The session's icon.png. */
  icon: IconFile;
  form: FormState;
  definitionLocked: boolean;
  propertiesLocked: boolean;
}

const SCHEMES = [
  { value: 'https', label: 'HTTPS' },
  { value: 'http', label: 'HTTP' },
] as const;

export function GeneralTab({ icon, form, definitionLocked, propertiesLocked }: Props) {
  const session = useTabSession();
  const g = form.general;
  const def = (pointer: string, removeWhenEmpty = true) => bindText(session, 'definition', pointer, { removeWhenEmpty });
  const scheme = g.schemes.includes('https') ? 'https' : g.schemes.includes('http') ? 'http' : '';
  const schemeOptions = scheme === '' ? [{ value: '', label: 'Not set' }, ...SCHEMES] : SCHEMES;
  const color = /^#[0-9a-f]{6}$/i.test(g.iconBrandColor) ? g.iconBrandColor : undefined;
  return (
    <div className="tab-body">
      <h2>General information</h2>
      <fieldset className="form-section" disabled={definitionLocked}>
        <legend>Connector</legend>
        <TextField label="Connector name" value={g.title} hint="info.title" {...def('/info/title', false)} />
        <TextField
          label="Description"
          value={g.description}
          multiline
          hint="info.description: 30 to 500 characters for certification."
          {...def('/info/description')}
        />
      </fieldset>

      <fieldset className="form-section" disabled={definitionLocked}>
        <legend>Where the API is</legend>
        <SelectField
          label="Scheme"
          value={scheme}
          options={schemeOptions}
          hint="schemes"
          onChange={(v) => v && setOnce(session, 'definition', '/schemes', [v])}
        />
        <TextField
          label="Host"
          value={g.host}
          code
          hint="host: a name and optional port, no scheme and no path (api.contoso.com)."
          {...def('/host')}
        />
        <TextField label="Base URL" value={g.basePath} code hint="basePath: starts with / (for example /v1)." {...def('/basePath')} />
      </fieldset>

      <fieldset className="form-section" disabled={definitionLocked}>
        <legend>Contact</legend>
        <TextField label="Contact name" value={g.contactName} hint="info.contact.name" {...def('/info/contact/name')} />
        <TextField label="Contact URL" value={g.contactUrl} type="url" code hint="info.contact.url" {...def('/info/contact/url')} />
        <TextField
          label="Contact email"
          value={g.contactEmail}
          type="email"
          code
          hint="info.contact.email"
          {...def('/info/contact/email')}
        />
      </fieldset>

      <fieldset className="form-section" disabled={definitionLocked}>
        <legend>Connector metadata</legend>
        <p className="section-hint">x-ms-connector-metadata: certification requires all three.</p>
        <MetadataField label="Website" name="Website" value={g.website} />
        <MetadataField label="Privacy policy" name="Privacy policy" value={g.privacyPolicy} />
        <CategoriesField value={g.categories} />
      </fieldset>

      <fieldset className="form-section">
        <legend>Icon</legend>
        <IconField icon={icon} color={color} />
        {form.hasProperties ? null : (
          <p className="section-hint">This connector has no apiProperties.json, where the icon background color is kept.</p>
        )}
        <IconColorField value={g.iconBrandColor} disabled={propertiesLocked || !form.hasProperties} />
      </fieldset>

      <fieldset className="form-section">
        <legend>On-premises data gateway</legend>
        <GatewayField disabled={propertiesLocked || !form.hasProperties} />
      </fieldset>
    </div>
  );
}
