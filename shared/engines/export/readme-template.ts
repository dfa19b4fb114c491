// README.md following Microsoft's certified / independent-publisher template, filled from the
// model where it can be; the parts only the author can write stay as clear prompts.
import type { ConnectorModel } from '../../core/model';
import type { PublishProfile } from './api-properties-template';

const AUTH_TEXT: Record<string, string> = {
  none: 'This connector needs no authentication.',
  basic: 'This connector uses basic authentication: a user name and password for the service.',
  apiKey: 'This connector uses an API key. Explain where to obtain it.',
  oauth2: 'This connector uses OAuth 2.0. Explain how to register an app with the service and which scopes it needs.',
  multiple: 'This connector offers several ways to sign in. Describe each of them.',
};

export function newReadme(model: ConnectorModel, profile: PublishProfile = 'certified'): string {
  const title = model.title?.trim() || 'Connector title';
  const lines: string[] = [
    `# ${title}`,
    model.description?.trim() || 'One paragraph, two to three sentences about the service and the connector.',
    '',
  ];
  lines.push(
    `## Publisher: ${model.publisher?.trim() || (profile === 'independent-publisher' ? 'Your full name' : "Publisher's name")}`,
    '',
  );
  lines.push('## Prerequisites', 'Any plans, licenses or tools the connector requires.', '');
  lines.push('## Supported Operations');
  const ops = model.operations.filter((o) => o.visibility !== 'internal' && !o.deprecated);
  if (ops.length === 0) lines.push('This connector has no operations yet.');
  for (const op of ops) {
    lines.push(`### ${op.summary?.trim() || op.operationId || `${op.method.toUpperCase()} ${op.path}`}`);
    lines.push(op.description?.trim() || 'Describe what this operation does.', '');
  }
  if (ops.length) lines.pop();
  lines.push('', '## Obtaining Credentials', AUTH_TEXT[model.auth] ?? AUTH_TEXT.none!, '');
  lines.push('## Getting Started', 'How to get started with the connector.', '');
  lines.push('## Known Issues and Limitations', 'Known issues and limitations a user may meet.', '');
  lines.push('## Frequently Asked Questions', 'Questions your users ask, with answers.', '');
  lines.push('## Deployment Instructions');
  lines.push(
    'Run `paconn create --api-def apiDefinition.swagger.json --api-prop apiProperties.json` (or `pac connector create`) to deploy this connector as a custom connector.',
  );
  return `${lines.join('\n')}\n`;
}
