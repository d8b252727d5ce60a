/** In-memory state is bounded: past this many entries the oldest are forgotten. */
export const MEMORY_LIMIT = 10_000;

/** Sets `key` as the newest entry of `map`, forgetting the oldest ones past MEMORY_LIMIT. */
export function remember<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > MEMORY_LIMIT) map.delete(map.keys().next().value as K);
}
