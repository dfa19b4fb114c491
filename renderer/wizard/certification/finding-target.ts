// Where in the form a finding's JSON pointer is edited: the tab, the operation (for anything under
// an operation) and the field, using the labels the form shows. Undefined when no form field edits
// it yet: the finding is then shown in the text editor only.
import type { EditableFile } from '../../workers/editable-files';

export type FormTab = 'general' | 'definition' | 'code';

export interface FindingTarget {
  tab: FormTab;
  /** The operation's pointer (`/paths/~1items/get`), for the Definition tab. */
  operation?: string;
  /** The label of the field to focus. */
  field?: string;
  /** Where, in words: "Definition › ListItems › Summary". */
  label: string;
}

export interface TargetContext {
  /** The operation's name (operationId, or method and path) when the form lists it. */
  operationName(pointer: string): string | undefined;
  /** The propertyName of `x-ms-connector-metadata` item `index`. */
  metadataName(index: number): string | undefined;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);

const OPERATION_FIELDS: Record<string, string> = {
  summary: 'Summary',
  description: 'Description',
  operationId: 'Operation ID',
  'x-ms-visibility': 'Visibility',
};

const GENERAL_FIELDS: Record<string, string> = {
  '/info/title': 'Connector name',
  '/info/description': 'Description',
  '/info/contact/name': 'Contact name',
  '/info/contact/url': 'Contact URL',
  '/info/contact/email': 'Contact email',
  '/info/contact': 'Contact name',
  '/host': 'Host',
  '/basePath': 'Base URL',
  '/schemes': 'Scheme',
};

const METADATA_FIELDS: Record<string, string> = { Website: 'Website', 'Privacy policy': 'Privacy policy', Categories: 'Categories' };

function general(field: string | undefined): FindingTarget {
  return { tab: 'general', ...(field ? { field } : {}), label: field ? `General › ${field}` : 'General' };
}

export function targetOf(file: EditableFile, pointer: string, ctx: TargetContext): FindingTarget | undefined {
  const segments = pointer.split('/');
  if (file === 'properties') {
    if (pointer === '/properties/iconBrandColor') return general('Icon background color');
    if (pointer === '/properties/scriptOperations' || pointer.startsWith('/properties/scriptOperations/')) {
      return { tab: 'code', field: 'Operations', label: 'Code › Operations' };
    }
    return undefined;
  }
  if (segments[1] === 'paths' && segments.length >= 4 && METHODS.has(segments[3]!)) {
    const operation = segments.slice(0, 4).join('/');
    const name = ctx.operationName(operation);
    if (name === undefined) return undefined;
    const field = segments.length === 5 ? OPERATION_FIELDS[segments[4]!] : undefined;
    return { tab: 'definition', operation, ...(field ? { field } : {}), label: `Definition › ${name}${field ? ` › ${field}` : ''}` };
  }
  const exact = GENERAL_FIELDS[pointer] ?? (pointer.startsWith('/schemes/') ? 'Scheme' : undefined);
  if (exact) return general(exact);
  if (pointer === '/info') return general(undefined);
  if (segments[1] === 'x-ms-connector-metadata') {
    const index = segments[2] !== undefined && /^\d+$/.test(segments[2]) ? Number(segments[2]) : undefined;
    const name = index !== undefined ? ctx.metadataName(index) : undefined;
    return general(name !== undefined ? METADATA_FIELDS[name] : undefined);
  }
  return undefined;
}
