import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

/**
 * The sections of PowerPlatformConnectors' readme templates (certified and independent publisher),
 * in the templates' order, each as the words its heading is recognised by (accepted readmes word
 * them freely: "Pre-requisites", "Supported Actions", "Authentication"). Reviewers ask for all but
 * the optional ones (Getting Started, FAQ), which still tell where a missing section goes.
 */
const SECTIONS: { name: string; heading: RegExp; certifiedOnly?: boolean; optional?: boolean }[] = [
  { name: 'Publisher', heading: /publisher/ },
  { name: 'Prerequisites', heading: /pre-?requisite/ },
  { name: 'Supported Operations', heading: /operations|actions|triggers/ },
  { name: 'Obtaining Credentials', heading: /credential|authenticat|api key|access token/ },
  { name: 'Getting Started', heading: /getting started/, optional: true },
  { name: 'Known Issues and Limitations', heading: /known issue|limitation/ },
  { name: 'Frequently Asked Questions', heading: /frequently asked|\bfaqs?\b/, optional: true },
  { name: 'Deployment Instructions', heading: /deploy/, certifiedOnly: true },
];

interface Heading {
  /** 1 for `#` to 6 for `######`. */
  level: number;
  /** Lower-cased. */
  text: string;
  /** 1-based, as the file's lines are counted (at each \n). */
  line: number;
}

/** Markdown headings (ATX, outside fenced code), and the number of lines. */
function headings(text: string): { found: Heading[]; lineCount: number } {
  const found: Heading[] = [];
  let fenced = false;
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced) {
      const m = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(line);
      if (m) found.push({ level: m[1]!.length, text: m[2]!.toLowerCase(), line: i + 1 });
    }
  });
  return { found, lineCount: lines.length };
}

/**
 * The heading of a section: of those that word it, the first of the highest level (a section's own
 * heading, not an operation named "Authenticated" under Supported Operations), and not the title
 * (`# Contoso Actions`) unless only the title does. Undefined when none does: the section is missing.
 */
function sectionHeading(found: Heading[], words: RegExp): Heading | undefined {
  let best: Heading | undefined;
  for (const h of found) {
    if (!words.test(h.text)) continue;
    const title = h === found[0] && h.level === 1;
    if (!best || (best === found[0] && best.level === 1) || (!title && h.level < best.level)) best = h;
  }
  return best;
}

/**
 * The line a missing section goes at: after the last present section that precedes it in the
 * template, that is where that section ends (the next heading of its level or above, or the end of
 * the file); line 1 when none precedes it. A title that happens to match (a level-1 heading first
 * in the file, "# Contoso Actions") is no section to go after: its text ends at the next heading.
 */
function placeOf(missing: number, present: (Heading | undefined)[], all: Heading[], lineCount: number): number {
  for (let i = missing - 1; i >= 0; i--) {
    const at = present[i];
    if (!at) continue;
    const title = at === all[0] && at.level === 1;
    const next = all.find((h) => h.line > at.line && (title || h.level <= at.level));
    return next ? next.line : lineCount;
  }
  return 1;
}

export const readmeSectionsMissing: CertifyRule = {
  id: 'ReadmeSectionsMissing',
  microsoft: false,
  requirement: 'readme.md follows the template (connectors.md 5.4)',
  category: 'structure',
  // Older accepted readmes predate the template: a warning.
  severity: forCertification('warning'),
  description:
    'readme.md has the template sections: Publisher, Prerequisites, Supported Operations, Obtaining Credentials, Known Issues and Limitations, and (certified) Deployment Instructions.',
  check(ctx, report) {
    return {
      onDocument() {
        const readme = ctx.connector.files.readme;
        if (!readme) return;
        const { found, lineCount } = headings(readme.text);
        const present = SECTIONS.map((s) => sectionHeading(found, s.heading));
        const missing = SECTIONS.flatMap((s, i) =>
          s.optional || (s.certifiedOnly && ctx.profile !== 'certified') || present[i] ? [] : [i],
        );
        if (!missing.length) return;
        const names = missing.map((i) => `"${SECTIONS[i]!.name}"`);
        // One finding for them all, where the first of them (in the template's order) goes.
        report({
          file: 'readme',
          pointer: '',
          line: placeOf(missing[0]!, present, found, lineCount),
          message: `${readme.fileName} has no ${names.join(', ')} section${names.length > 1 ? 's' : ''}; reviewers ask for the template's sections.`,
        });
      },
    };
  },
};
