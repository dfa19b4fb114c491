// The parsed value of apiProperties.json as the editor holds it now, re-read after each change
// (the file is small: a few kilobytes). Undefined when the connector has no such file.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { JsonDocument } from '../../../shared/core/text';
import type { ConnectorSession } from '../../studio/connector-session';

export function usePropertiesValue(session: ConnectorSession): unknown {
  const cache = useRef<{ version: number; value: unknown }>(undefined);
  const subscribe = useCallback(
    (listener: () => void) => {
      const d = session.model('properties')?.onDidChangeContent(listener);
      return () => d?.dispose();
    },
    [session],
  );
  const get = useCallback(() => {
    const model = session.model('properties');
    if (!model) return undefined;
    const version = model.getVersionId();
    if (cache.current?.version !== version) cache.current = { version, value: JsonDocument.parse(model.getValue()).value };
    return cache.current.value;
  }, [session]);
  return useSyncExternalStore(subscribe, get);
}
