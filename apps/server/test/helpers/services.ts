// How tests find PostgreSQL and Redis. The rule: when CI or the service's URL variable is set, the
// service is required and an unreachable one FAILS the run (a silently skipped suite hides a broken
// CI setup); only on a developer machine with neither set do those tests skip, with a message.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { Redis } from 'ioredis'

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test'
export const DEFAULT_TEST_REDIS_URL = 'redis://127.0.0.1:6379'

export type Service =
  | { state: 'ready'; url: string }
  | { state: 'skip'; reason: string }
  | { state: 'missing'; url: string; reason: string }

function pick(variable: string, fallback: string): { url: string } | { skip: string } {
  const url = process.env[variable]?.trim()
  if (url) return { url }
  if (process.env.CI) return { url: fallback }
  return { skip: `${variable} and CI are unset; set ${variable} (e.g. ${fallback}) to run these tests` }
}

export async function postgresForTests(): Promise<Service> {
  const choice = pick('DATABASE_URL', DEFAULT_TEST_DATABASE_URL)
  if ('skip' in choice) return { state: 'skip', reason: choice.skip }
  const client = new pg.Client({ connectionString: choice.url, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return { state: 'ready', url: choice.url }
  } catch (error) {
    return { state: 'missing', url: choice.url, reason: `PostgreSQL at ${redact(choice.url)} did not answer: ${message(error)}` }
  } finally {
    await client.end().catch(() => {})
  }
}

export async function redisForTests(): Promise<Service> {
  const choice = pick('REDIS_URL', DEFAULT_TEST_REDIS_URL)
  if ('skip' in choice) return { state: 'skip', reason: choice.skip }
  const client = new Redis(choice.url, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0, retryStrategy: () => null })
  // The socket error (e.g. ECONNREFUSED) arrives here; connect() itself only says "Connection is closed".
  let socketError: unknown = null
  client.on('error', (error: unknown) => (socketError ??= error))
  try {
    await client.connect()
    await client.ping()
    return { state: 'ready', url: choice.url }
  } catch (error) {
    const why = message(socketError ?? error)
    return { state: 'missing', url: choice.url, reason: `Redis at ${redact(choice.url)} did not answer: ${why}` }
  } finally {
    client.disconnect()
  }
}

/** A fresh schema per test run, so parallel runs and leftovers never meet; drop it when done. */
export async function createTestSchema(url: string): Promise<{ schema: string; drop(): Promise<void> }> {
  const schema = `sammen_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`
  await withClient(url, (client) => client.query(`CREATE SCHEMA "${schema}"`))
  return {
    schema,
    drop: () => withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)).then(() => {}),
  }
}

export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')
}

function message(error: unknown): string {
  if (error instanceof AggregateError) return error.errors.map(message).join('; ')
  return error instanceof Error ? error.message || error.name : String(error)
}
