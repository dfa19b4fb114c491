import type { ConnectorTextFile } from '../../../core/connector';
import type { CertifyRule } from '../types';

/** Why paconn cannot read the file, or undefined when it can. */
function problem(f: ConnectorTextFile | undefined): string | undefined {
  if (!f) return undefined;
  if (f.encoding === 'utf-16le' || f.encoding === 'utf-16be')
    return `${f.fileName} is UTF-16: paconn create and update read it as UTF-8 and stop; save it as UTF-8 without BOM.`;
  if (f.bom)
    return `${f.fileName} starts with a UTF-8 byte order mark: paconn create and update stop on it ("Unexpected UTF-8 BOM"); save it as UTF-8 without BOM.`;
  return undefined;
}

export const fileEncodingNotSupported: CertifyRule = {
  id: 'FileEncodingNotSupported',
  microsoft: false,
  requirement:
    'paconn create and update read both JSON files with json.load on a UTF-8 text stream (operations/upsert.py), which stops at a byte order mark or UTF-16',
  category: 'structure',
  // Four accepted connectors start with a byte order mark (the certification pipeline reads
  // them), so a warning there; a connector deployed with paconn cannot have one.
  severity: { custom: 'error', certified: 'warning', 'independent-publisher': 'warning' },
  description: 'apiDefinition.swagger.json and apiProperties.json are UTF-8 without a byte order mark.',
  check(ctx, report) {
    return {
      onDocument() {
        const message = problem(ctx.connector.files.definition);
        if (message) report({ pointer: '', message });
      },
      onApiProperties(_props, present) {
        const message = present ? problem(ctx.connector.files.properties) : undefined;
        if (message) report({ file: 'properties', pointer: '', message });
      },
    };
  },
};
