import { forCertification } from '../profiles';
import type { CertifyRule } from '../types';

/**
 * The sections of PowerPlatformConnectors' readme templates that reviewers ask for, each as the
 * words its heading is recognised by (accepted readmes word them freely: "Pre-requisites",
 * "Supported Actions", "Authentication"). Getting Started and FAQ are optional.
 */
const SECTIONS: { name: string; heading: RegExp; certifiedOnly?: boolean }[] = [
  { name: 'Publisher', heading: /publisher/ },
  { name: 'Prerequisites', heading: /pre-?requisite/ },
  { name: 'Supported Operations', heading: /operations|actions|triggers/ },
  { name: 'Obtaining Credentials', heading: /credential|authenticat|api key|access token/ },
  { name: 'Known Issues and Limitations', heading: /known issue|limitation/ },
  { name: 'Deployment Instructions', heading: /deploy/, certifiedOnly: true },
];

/** Markdown headings (ATX, outside fenced code), lower-cased. */
function headings(text: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced) {
      const m = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line);
      if (m) out.push(m[1]!.toLowerCase());
    }
  }
  return out;
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
        const found = headings(readme.text);
        const missing = SECTIONS.filter(
          (s) => !(s.certifiedOnly && ctx.profile !== 'certified') && !found.some((h) => s.heading.test(h)),
        ).map((s) => s.name);
        if (!missing.length) return;
        // At the top of the README: the template's order puts every section after its title.
        report({
          file: 'readme',
          pointer: '',
          line: 1,
          message: `${readme.fileName} has no ${missing.map((m) => `"${m}"`).join(', ')} section${missing.length > 1 ? 's' : ''}; reviewers ask for the template's sections.`,
        });
      },
    };
  },
};
