// Operation ids and summaries from request names. Ids are PascalCase (letters and digits only,
// as Microsoft's OperationIdSanitized wants) and unique, compared without case; summaries lose
// the characters Microsoft rejects and are cut to 80 characters.
import { nameFromRoute, pascalCaseId, summaryFromText, MAX_OPERATION_ID_LENGTH } from '../display-names';
import type { ImportReport } from './import-report';

/**
 * Names written as a route ("GET /quotes/{id}/pay-in-methods", common in generated collections)
 * read as a sentence: "Get quotes pay in methods".
 */
function routeLikeName(name: string): string | undefined {
  const m = /^\s*(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)\s+(\/\S*)(.*)$/i.exec(name);
  if (!m) return undefined;
  const words = m[2]!.replace(/\{[^}]*\}|<[^>]*>|:[A-Za-z_]\w*/g, ' ').replace(/[/_-]+/g, ' ');
  const verb = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1).toLowerCase();
  return `${verb} ${words} ${m[3]!}`.replace(/\s+/g, ' ').trim();
}

export class OperationNamer {
  private readonly used = new Set<string>();

  constructor(private readonly report: ImportReport) {}

  name(itemName: string, method: string, path: string, pointer: string): { operationId: string; summary: string } {
    const route = nameFromRoute(method, path);
    const source = itemName.trim() === '' ? route : (routeLikeName(itemName) ?? itemName);
    const summary = summaryFromText(source) || summaryFromText(route);
    if (itemName.trim() !== '' && summary !== itemName.replace(/\s+/g, ' ').trim()) {
      this.report.tally(
        'decision',
        'SummaryShortened',
        `${pointer}/name`,
        (n) =>
          `${n === 1 ? 'A request name was' : `${n} request names were`} changed to make operation summaries: names written as routes ("GET /users/{id}") became words, and summaries have at most 80 characters and none of / \\ < > * % & ? (which Microsoft rejects).`,
      );
    }
    let base = pascalCaseId(source) || pascalCaseId(route) || 'Operation';
    if (/^\d/.test(base)) base = `Op${base}`.slice(0, MAX_OPERATION_ID_LENGTH);
    let id = base;
    for (let n = 2; this.used.has(id.toLowerCase()); n++) {
      const suffix = String(n);
      id = base.slice(0, MAX_OPERATION_ID_LENGTH - suffix.length) + suffix;
    }
    this.used.add(id.toLowerCase());
    return { operationId: id, summary };
  }
}
