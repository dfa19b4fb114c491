// Trigger settings of every trigger (an operation with x-ms-trigger) in a definition.
import { asObject, asString } from '../../core/model';
import type { OperationView } from '../../core/model';
import { valueAt } from '../../core/text';
import { callbackCandidates } from './callback-property';
import type { TriggerView } from './trigger-types';

export function readTrigger(definition: unknown, op: Pick<OperationView, 'pointer' | 'operationId'>): TriggerView | undefined {
  const raw = asObject(valueAt(definition, op.pointer));
  if (!raw || raw['x-ms-trigger'] === undefined) return undefined;
  const pathItemPointer = op.pointer.slice(0, op.pointer.lastIndexOf('/'));
  const item = asObject(valueAt(definition, pathItemPointer));
  const content = asObject(item?.['x-ms-notification-content']);
  const schema = asObject(content?.schema);
  const metadata = asObject(raw['x-ms-trigger-metadata']);
  const candidates = callbackCandidates(definition, op.pointer);
  return {
    pointer: op.pointer,
    pathItemPointer,
    operationId: op.operationId ?? '',
    trigger: typeof raw['x-ms-trigger'] === 'string' ? raw['x-ms-trigger'] : JSON.stringify(raw['x-ms-trigger']),
    hint: asString(raw['x-ms-trigger-hint']) ?? '',
    ...(metadata ? { metadata: { kind: asString(metadata.kind) ?? '', mode: asString(metadata.mode) ?? '' } } : {}),
    ...(content
      ? {
          notification: {
            description: asString(content.description) ?? '',
            schemaRef: asString(schema?.$ref) ?? '',
            inlineSchema: !!schema && schema.$ref === undefined,
          },
        }
      : {}),
    ...(candidates ? { callbackCandidates: candidates } : {}),
  };
}
