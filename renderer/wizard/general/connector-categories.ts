// The category list and its parsing live with the certification rules, so the form offers exactly
// what the checker accepts.
export {
  CONNECTOR_CATEGORIES,
  MAX_CONNECTOR_CATEGORIES as MAX_CATEGORIES,
  splitCategories as parseCategories,
} from '../../../shared/engines/certify';

/** ["Data", "Productivity"] -> "Data;Productivity", as x-ms-connector-metadata writes it. */
export function formatCategories(categories: readonly string[]): string {
  return categories.join(';');
}
