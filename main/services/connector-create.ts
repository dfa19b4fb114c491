// A new connector folder from a template: apiDefinition.swagger.json and apiProperties.json built
// by the shared templates, written atomically into a folder that holds no connector yet.
import { CONNECTOR_FILES } from '../../shared/core/connector';
import { newConnectorFiles, type NewConnectorOptions } from '../../shared/editing/connector-templates';
import { checkNewConnectorFolder } from './connector-create-target';
import { writeConnectorFiles } from './connector-folder';

export async function createConnectorFolder(dir: string, options: NewConnectorOptions): Promise<string> {
  const abs = await checkNewConnectorFolder(dir);
  const files = newConnectorFiles(options);
  const encoder = new TextEncoder();
  await writeConnectorFiles(abs, [
    { name: CONNECTOR_FILES.definition.name, bytes: encoder.encode(files.definition) },
    { name: CONNECTOR_FILES.properties.name, bytes: encoder.encode(files.properties) },
  ]);
  return abs;
}
