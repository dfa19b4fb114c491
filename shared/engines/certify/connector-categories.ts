// The categories a certified connector may declare in x-ms-connector-metadata (at most two).
export const CONNECTOR_CATEGORIES: readonly string[] = [
  'AI',
  'Business Management',
  'Business Intelligence',
  'Collaboration',
  'Commerce',
  'Communication',
  'Content and Files',
  'Finance',
  'Data',
  'Human Resources',
  'Internet of Things',
  'IT Operations',
  'Lifestyle and Entertainment',
  'Marketing',
  'Productivity',
  'Sales and CRM',
  'Security',
  'Social Media',
  'Website',
];

export const MAX_CONNECTOR_CATEGORIES = 2;

/** The names of the metadata entries certification requires. */
export const REQUIRED_CONNECTOR_METADATA = ['Website', 'Privacy policy', 'Categories'] as const;

export interface MetadataEntry {
  index: number;
  name: string;
  value: unknown;
  /** The key the value is written under ("propertyValue", or another case of it). */
  valueKey: string;
}

/** The categories, lower-cased: the platform matches them without regard to case. */
export const CONNECTOR_CATEGORY_KEYS: ReadonlySet<string> = new Set(CONNECTOR_CATEGORIES.map((c) => c.toLowerCase()));

/**
 * The last definition root read and its entries: four rules read them for each connector. A root
 * is not changed once parsed (an edit makes new objects up to the root), so it stays a valid key.
 */
const last: { root: Record<string, unknown> | undefined; entries: ReadonlyMap<string, MetadataEntry> | undefined } = {
  root: undefined,
  entries: undefined,
};

/** Entries of x-ms-connector-metadata, by lower-cased property name (the platform ignores case). */
export function connectorMetadata(root: Record<string, unknown>): ReadonlyMap<string, MetadataEntry> | undefined {
  if (last.root !== root) {
    last.entries = readConnectorMetadata(root);
    last.root = root;
  }
  return last.entries;
}

function readConnectorMetadata(root: Record<string, unknown>): Map<string, MetadataEntry> | undefined {
  const list = root['x-ms-connector-metadata'];
  if (!Array.isArray(list)) return undefined;
  const out = new Map<string, MetadataEntry>();
  // A loop, not a callback made per call: it died with the call, and its code at each full GC.
  for (let index = 0; index < list.length; index++) {
    const raw: unknown = list[index];
    if (raw === null || typeof raw !== 'object') continue;
    // Keys too: Microsoft's validator reads "PropertyName" as propertyName (PropertyNameCaseMismatch).
    let name: unknown;
    let value: unknown;
    let valueKey = 'propertyValue';
    for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
      const key = k.toLowerCase();
      if (key === 'propertyname' && (name === undefined || k === 'propertyName')) name = v;
      else if (key === 'propertyvalue' && (value === undefined || k === 'propertyValue')) {
        value = v;
        valueKey = k;
      }
    }
    if (typeof name === 'string') out.set(name.toLowerCase(), { index, name, value, valueKey });
  }
  return out;
}

/** The categories of a "Categories" value: semicolon separated. */
export function splitCategories(value: string): string[] {
  // One loop: the array an inlined map() made reached filter with a map its code had not seen.
  const out: string[] = [];
  for (const part of value.split(';')) {
    const c = part.trim();
    if (c !== '') out.push(c);
  }
  return out;
}
