// The one way the renderer keeps state outside React: an immutable value replaced on each change,
// read with useSyncExternalStore(store.subscribe, store.getSnapshot) (or useStore). The session's
// snapshot and every feature store (certification, script, icon, operation runs, triggers) are one.
export class Store<T> {
  private readonly listeners = new Set<() => void>();

  constructor(private current: T) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = (): T => this.current;

  /** Replaces the value and tells every subscriber. */
  set(next: T): void {
    this.current = next;
    for (const listener of this.listeners) listener();
  }

  /** Changes some fields (given, or computed from the current value). */
  update(patch: Partial<T> | ((current: T) => Partial<T>)): void {
    this.set({ ...this.current, ...(typeof patch === 'function' ? patch(this.current) : patch) });
  }

  /** Drops every subscriber (the store's owner is gone). */
  unsubscribeAll(): void {
    this.listeners.clear();
  }
}
