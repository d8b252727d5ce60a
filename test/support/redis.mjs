// A real Redis for the tests: Debian's redis-server on 127.0.0.1 at a free port, in memory only (--save '',
// --appendonly no), started by the test and stopped after it. It is started through a small shell that kills it as
// soon as the test process goes away (its stdin closes), so that a crashed or killed test leaves no Redis behind.
// `.ci/run` installs the redis-server package when it is missing.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, connect } from 'node:net';
import { createClient } from 'redis';

const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';

/** @typedef {Awaited<ReturnType<typeof startRedis>>} TestRedis a Redis started by startRedis() */
/** @typedef {Awaited<ReturnType<typeof connectRedis>>} RedisClient a client connected by connectRedis() */

async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// The shell prints Redis's pid, then waits on its stdin: end of input (the test process is gone) kills Redis.
const WATCHDOG = 'redis-server "$@" & pid=$!; echo "pid $pid"; read _ignored; kill -9 $pid 2>/dev/null; wait $pid';

async function launch(port) {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  const child = spawn('sh', ['-c', WATCHDOG.replace('redis-server', REDIS_SERVER), 'redis-watchdog', ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.on('error', () => {});
  let output = '';
  let pid;
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => (output += chunk));
  const ready = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      pid ??= Number(/pid (\d+)/.exec(output)?.[1]) || undefined;
      if (pid && /Ready to accept connections/.test(output)) resolve();
    });
    child.once('exit', () => reject(new Error(`redis-server stopped before it was ready:\n${output.slice(-2000)}`)));
    child.once('error', reject);
  });
  const timer = setTimeout(() => child.stdin.end(), 20_000);
  try {
    await ready;
  } finally {
    clearTimeout(timer);
  }
  // Ready in the log; a PING over TCP proves it.
  await new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end('PING\r\n'));
    socket.once('data', (data) => (String(data).startsWith('+PONG') ? resolve() : reject(new Error(String(data)))));
    socket.once('error', reject);
  });
  return { child, pid };
}

/**
 * Starts a Redis. `redis.url` for clients; `redis.kill()` kills it as a crash would (SIGKILL, data gone),
 * `redis.restart()` starts it again on the same port; `redis.stop()` at the end.
 */
export async function startRedis() {
  let port;
  let running;
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    try {
      running = await launch(port);
      break;
    } catch (error) {
      if (attempt >= 4) throw error; // another process took the port in between: try another one
    }
  }
  const stopWatchdog = () => {
    running?.child.stdin.end();
  };
  process.once('exit', stopWatchdog);
  const redis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    /** Kills Redis with SIGKILL, as a crash would, and waits until it is gone. */
    async kill() {
      if (!running) return;
      const { child, pid } = running;
      running = undefined;
      const exited = once(child, 'exit');
      process.kill(pid, 'SIGKILL');
      child.stdin.end();
      await exited;
    },
    /** Starts Redis again on the same port (empty: it keeps nothing on disk). */
    async restart() {
      await redis.kill();
      running = await launch(port);
    },
    async stop() {
      process.off('exit', stopWatchdog);
      await redis.kill();
    },
  };
  return redis;
}

/**
 * A connected node-redis client as a shop should create it: commands fail at once while Redis is unreachable
 * (instead of queueing and running late), errors are logged rather than thrown, reconnection is quick.
 * @param {string} url
 * @param {{ errors?: unknown[] }} [options] `errors` collects the client's error events
 */
export async function connectRedis(url, { errors = [] } = {}) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (retries) => Math.min(50 * (retries + 1), 200), connectTimeout: 2000 },
  });
  client.on('error', (error) => errors.push(error));
  await client.connect();
  return client;
}
