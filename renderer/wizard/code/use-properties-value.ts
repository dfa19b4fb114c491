// The parsed value of apiProperties.json as the editor holds it now, re-read after each change
// (the file is small: a few kilobytes). Undefined when the connector has no such file.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { JsonDocument } from '../../../shared/core/text';
import type { ConnectorTexts } from '../../session/editing';

export function usePropertiesValue(texts: ConnectorTexts): unknown {
  const cache = useRef<{ version: number; value: unknown }>(undefined);
  const subscribe = useCallback((listener: () => void) => texts.onTextChange('properties', listener), [texts]);
  const get = useCallback(() => {
    const version = texts.version('properties');
    if (version === undefined) return undefined;
    if (cache.current?.version !== version) cache.current = { version, value: JsonDocument.parse(texts.text('properties') ?? '').value };
    return cache.current.value;
  }, [texts]);
  return useSyncExternalStore(subscribe, get);
}
