// Reads a Store (store.ts) in a component: it renders again whenever the store's value is replaced.
import { useSyncExternalStore } from 'react';

export function useStore<T>(store: { subscribe(listener: () => void): () => void; getSnapshot(): T }): T {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
