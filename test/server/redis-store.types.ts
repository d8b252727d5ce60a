// Compile-time check (npm run lint runs tsc over test/): the clients of the official redis package are accepted by
// redisStore as they come, without a cast, although msp-checkout/server has no run-time dependency on it.
import { createClient, createCluster } from 'redis';
import { redisStore } from '../../src/server/store/index.js';

export const fromClient = () => redisStore(createClient({ url: 'redis://127.0.0.1:6379', disableOfflineQueue: true }));
export const fromCluster = () => redisStore(createCluster({ rootNodes: [{ url: 'redis://127.0.0.1:7000' }] }));
