// The fixed list of connector categories the certification validator accepts (connectors.md,
// META-CATEGORIES: a semicolon-separated list of at most two of these).
export const CONNECTOR_CATEGORIES = [
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
] as const;

export const MAX_CATEGORIES = 2;

/** "Data;Productivity" -> ["Data", "Productivity"] (spaces around separators ignored). */
export function parseCategories(value: string): string[] {
  return value
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function formatCategories(categories: readonly string[]): string {
  return categories.join(';');
}
