/** A Map or WeakMap, as far as finding and adding an entry goes. */
interface Store<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The entry under `key`, made with `make` and stored the first time it is asked for. */
export function entryOf<K, V>(store: Store<K, V>, key: K, make: () => V): V {
  const found = store.get(key);
  if (found !== undefined) return found;
  const made = make();
  store.set(key, made);
  return made;
}
