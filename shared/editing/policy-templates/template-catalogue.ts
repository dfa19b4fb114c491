// The catalogue of policy templates, read from the reference's JSON Schema of apiProperties.json
// (corrected and completed by scripts/build-schemas.mjs into shared/engines/certify/generated): every
// `PolicyTemplateInstance-<id>` definition is a template, its `parameters` properties are the
// template's parameters, `required` says which must be set, enums become drop-downs. The schema
// has no display names: those are the portal's (connectors.md section 4; the Set HTTP header page
// for its parameter labels), and other parameters are labelled from their names.
import { apiPropertiesSchema } from '../../engines/certify';
import { asArray, asObject, asString, type JsonObject } from '../../core/model';
import { refToPointer, valueAt } from '../../core/text';
import {
  PARAMETER_PREFIX,
  SECTION_KEY,
  type PolicySection,
  type PolicyTemplate,
  type TemplateParameter,
  type TemplateParameterKind,
} from './template-types';

const TITLES: Record<string, string> = {
  dynamichosturl: 'Set host URL',
  routerequesttoendpoint: 'Route request',
  setheader: 'Set HTTP header',
  setqueryparameter: 'Set query string parameter',
  setproperty: 'Set property',
  setvaluefromurl: 'Set header/query parameter value from URL',
  convertarraytoobject: 'Convert an array to an object',
  convertobjecttoarray: 'Convert an object to an array',
  stringtoarray: 'Convert delimited string into array of objects',
  stringreplace: 'String replace',
  encodepropertyvalue: 'Encode property value',
  pollingtrigger: 'Polling trigger',
  updatenextlink: 'Update nextLink',
  setconnectionstatustounauthenticated: 'Set connection status to unauthenticated',
};

const LABELS: Record<string, Record<string, string>> = {
  setheader: { name: 'Header name', value: 'Header value', existsAction: 'Action if header exists' },
  setqueryparameter: { name: 'Query parameter name', value: 'Query parameter value', existsAction: 'Action if query parameter exists' },
  dynamichosturl: { urlTemplate: 'URL template' },
  routerequesttoendpoint: { newPath: 'New path', httpMethod: 'HTTP method' },
  setvaluefromurl: { httpMethod: 'HTTP method', parameterValueUrl: 'Parameter value URL' },
  pollingtrigger: { triggerConfig: 'Trigger configuration', triggerDataPath: 'Collection that contains trigger data' },
  updatenextlink: { nextLinkPropertyName: 'nextLink property name', nextLinkParentPropertyPath: 'nextLink parent property path' },
  setconnectionstatustounauthenticated: { statusCode: 'Status code' },
};

/** "newPropertyParentPathTemplate" -> "New property parent path template". */
function wordsOf(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Schema = JsonObject;
const root = apiPropertiesSchema as Schema;

function deref(schema: unknown): Schema | undefined {
  let s = asObject(schema);
  for (let hops = 0; s && typeof s.$ref === 'string' && hops < 8; hops++) {
    const pointer = refToPointer(s.$ref);
    s = pointer === undefined ? undefined : asObject(valueAt(root, pointer));
  }
  return s;
}

function kindOf(s: Schema): TemplateParameterKind {
  if (Array.isArray(s.enum)) return 'choice';
  const type = s.type;
  if (type === 'object') return 'map';
  if (type === 'integer' || (Array.isArray(type) && type.includes('integer'))) return 'number';
  return 'text';
}

function parameterOf(templateId: string, key: string, raw: unknown, required: boolean): TemplateParameter {
  const s = deref(raw) ?? {};
  const name = key.slice(PARAMETER_PREFIX.length);
  const kind = kindOf(s);
  const description = asString(s.description);
  const example = asArray(s.examples)[0];
  const def = s.default;
  return {
    key,
    label: LABELS[templateId]?.[name] ?? wordsOf(name),
    required,
    kind,
    ...(kind === 'choice' ? { options: asArray(s.enum).filter((v): v is string => typeof v === 'string') } : {}),
    ...(typeof def === 'string' ? { default: def } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(example !== undefined ? { example } : {}),
  };
}

function templateOf(id: string, def: Schema): PolicyTemplate {
  const params = asObject(asObject(def.properties)?.parameters) ?? {};
  const props = asObject(params.properties) ?? {};
  const required = new Set(asArray(params.required).filter((k): k is string => typeof k === 'string'));
  const sectionSchema = deref(props[SECTION_KEY]);
  const type = asObject(asObject(def.properties)?.type);
  // The polling template names its `type` in the reference (an enum of one value).
  const typeValue = asArray(type?.enum)[0];
  return {
    id,
    title: TITLES[id] ?? wordsOf(id),
    parameters: Object.keys(props)
      .filter((k) => k.startsWith(PARAMETER_PREFIX))
      .map((k) => parameterOf(id, k, props[k], required.has(k))),
    sections: asArray(sectionSchema?.enum).filter((v): v is PolicySection => v === 'Request' || v === 'Response' || v === 'Failure'),
    ...(typeof typeValue === 'string' ? { type: typeValue } : id === 'pollingtrigger' ? { type: 'PollingTrigger' } : {}),
    open: params.additionalProperties !== false,
  };
}

function buildCatalogue(): PolicyTemplate[] {
  const defs = asObject(root.definitions) ?? {};
  const out: PolicyTemplate[] = [];
  for (const [name, def] of Object.entries(defs)) {
    const m = /^PolicyTemplateInstance-(.+)$/.exec(name);
    const d = asObject(def);
    if (m && d) out.push(templateOf(m[1]!.toLowerCase(), d));
  }
  return out.sort((a, b) => a.title.localeCompare(b.title));
}

/** Every template of the reference (and the few the platform accepts beyond it), by portal name. */
export const POLICY_TEMPLATES: readonly PolicyTemplate[] = buildCatalogue();

/** The template for an id as written (the platform matches ids case-insensitively). */
export function templateFor(templateId: string): PolicyTemplate | undefined {
  const id = templateId.toLowerCase();
  return POLICY_TEMPLATES.find((t) => t.id === id);
}
