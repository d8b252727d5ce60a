export type { CheckoutStore } from './checkout-store.js';
export { memoryStore, type MemoryStoreOptions } from './memory-store.js';
export { redisStore, type RedisClientLike, type RedisStoreOptions } from './redis-store.js';
