// Runtime configuration comes only from environment variables (12-factor style), validated up front
// so that a typo fails at start-up with a message instead of misbehaving later.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { MIN_SECRET_BYTES } from './auth/tokens'
import { isLogLevel, type LogLevel } from './log'

export interface Config {
  port: number
  host: string
  dataDir: string
  webDist: string
  maxMessageBytes: number
  /** Largest named snapshot (decoded Yjs state) the snapshot API accepts. */
  maxSnapshotBytes: number
  logLevel: LogLevel
  /** PostgreSQL connection string; when set, boards live in PostgreSQL instead of SQLite. */
  databaseUrl: string | null
  /** PostgreSQL schema for the tables (created if missing); null = the server's default search_path. */
  databaseSchema: string | null
  /** Redis connection string; when set, updates and awareness fan out to other instances. */
  redisUrl: string | null
  /** HS256 secret for invite tokens; null = open mode (everyone is an editor). Never log it. */
  tokenSecret: string | null
  /** Base URL of invite links; null = from the request's Host header. */
  publicUrl: string | null
  /** WebSocket upgrades per client IP per minute. */
  maxConnectionsPerMinute: number
  /** Frames per second per connection. */
  maxMessagesPerSecond: number
  /** Library API requests (`/api/library…`, `/api/agencies/…`) per client IP per minute. */
  maxLibraryRequestsPerMinute: number
  /** SAMMEN_OPEN_MODE=1: open mode (no secret) is wanted even though HOST is reachable from other machines. */
  openModeRequested: boolean
  /** Most versions per board, and their bytes. */
  maxSnapshotsPerBoard: number
  maxSnapshotBytesPerBoard: number
  /** How long workshop state (follow me, countdown, voting round) outlives the board's last facilitator. */
  workshopIdleMs: number
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const MIB = 1024 * 1024

// Resolved from this file rather than the cwd, so `node --import tsx apps/server/src/main.ts` from the
// repo root finds the web build just like `pnpm start` inside the package does.
const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const DEFAULT_WEB_DIST = path.resolve(PACKAGE_DIR, '../web/dist')

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config: Config = {
    port: readInt(env, 'PORT', 8787, 0, 65535),
    // Loopback by default: a laptop's open-mode server is not reachable from the network unless asked for.
    host: readString(env, 'HOST', '127.0.0.1'),
    dataDir: path.resolve(readString(env, 'DATA_DIR', './data')),
    webDist: path.resolve(readString(env, 'WEB_DIST', DEFAULT_WEB_DIST)),
    // Lower bound: a sync step 2 of a real board must fit; 1 KiB is only useful for tests.
    maxMessageBytes: readInt(env, 'MAX_MESSAGE_BYTES', 8 * MIB, 1024, 512 * MIB),
    // Upper bound: the base64 JSON body (4/3 of this) must fit in one V8 string.
    maxSnapshotBytes: readInt(env, 'MAX_SNAPSHOT_BYTES', 32 * MIB, 1024, 256 * MIB),
    logLevel: readLogLevel(env),
    databaseUrl: readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    databaseSchema: readSchema(env),
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    tokenSecret: readSecret(env),
    publicUrl: readUrl(env, 'PUBLIC_URL', ['http:', 'https:']),
    // Generous: a whole workshop behind one NAT reconnecting at once must get through.
    maxConnectionsPerMinute: readInt(env, 'RATE_LIMIT_CONNECTIONS_PER_MINUTE', 600, 1, 1_000_000),
    // Dragging a shape sends ~60 updates and ~60 awareness frames per second; this leaves headroom.
    maxMessagesPerSecond: readInt(env, 'RATE_LIMIT_MESSAGES_PER_SECOND', 500, 1, 1_000_000),
    // A library page asks two or three times; each request may verify up to 1,000 tokens, so this bounds the work.
    maxLibraryRequestsPerMinute: readInt(env, 'RATE_LIMIT_LIBRARY_PER_MINUTE', 600, 1, 1_000_000),
    openModeRequested: readFlag(env, 'SAMMEN_OPEN_MODE'),
    maxSnapshotsPerBoard: readInt(env, 'MAX_SNAPSHOTS_PER_BOARD', 200, 1, 100_000),
    maxSnapshotBytesPerBoard: readInt(env, 'MAX_SNAPSHOT_BYTES_PER_BOARD', 256 * MIB, 1024, 64 * 1024 * MIB),
    // Seconds in the environment: a lunch break is minutes, a test a few seconds; at most a week.
    workshopIdleMs: readInt(env, 'WORKSHOP_IDLE_SECONDS', 30 * 60, 1, 7 * 24 * 3600) * 1000,
  }
  // Secure by default: without a secret everyone who reaches the server edits every board, so that is only
  // allowed where nobody else can reach it, unless someone says in so many words that they want it.
  if (!config.tokenSecret && !isLoopbackHost(config.host) && !config.openModeRequested) {
    throw new ConfigError(
      `HOST=${config.host} makes the server reachable from other machines, but SAMMEN_TOKEN_SECRET is not set, so anyone ` +
        'could edit every board. Set SAMMEN_TOKEN_SECRET (e.g. `openssl rand -base64 48`), or HOST=127.0.0.1, or ' +
        'SAMMEN_OPEN_MODE=1 if an open server on this network is really what you want.',
    )
  }
  return config
}

/** 127.0.0.0/8, ::1 and "localhost": only this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}

function readFlag(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = raw(env, name)?.toLowerCase()
  if (value === undefined || value === '0' || value === 'false' || value === 'no') return false
  if (value === '1' || value === 'true' || value === 'yes') return true
  throw new ConfigError(`${name} must be 1 or 0, got ${JSON.stringify(value)}`)
}

function readUrl(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | null {
  const value = raw(env, name)
  if (value === undefined) return null
  let protocol: string
  try {
    protocol = new URL(value).protocol
  } catch {
    // The value may hold a password: name the variable, do not echo it.
    throw new ConfigError(`${name} is not a valid URL`)
  }
  if (!protocols.includes(protocol)) throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`)
  return value
}

function readSecret(env: NodeJS.ProcessEnv): string | null {
  const value = raw(env, 'SAMMEN_TOKEN_SECRET')
  if (value === undefined) return null
  // The message states the rule, never the value.
  if (Buffer.byteLength(value) < MIN_SECRET_BYTES) {
    throw new ConfigError(`SAMMEN_TOKEN_SECRET must be at least ${MIN_SECRET_BYTES} bytes (e.g. \`openssl rand -base64 48\`)`)
  }
  return value
}

function readSchema(env: NodeJS.ProcessEnv): string | null {
  const value = raw(env, 'DATABASE_SCHEMA')
  if (value === undefined) return null
  // Interpolated into SQL as an identifier, so only plain lower-case names are accepted.
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(value)) {
    throw new ConfigError(`DATABASE_SCHEMA must match ^[a-z_][a-z0-9_]{0,62}$, got ${JSON.stringify(value)}`)
  }
  return value
}

function raw(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]
  // An empty variable (`PORT=`) is treated as unset, which is what shells and compose files usually mean.
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}

function readString(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  return raw(env, name) ?? fallback
}

function readInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const value = raw(env, name)
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value)) throw new ConfigError(`${name} must be a whole number, got ${JSON.stringify(value)}`)
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`)
  }
  return n
}

function readLogLevel(env: NodeJS.ProcessEnv): LogLevel {
  const value = raw(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info'
  if (!isLogLevel(value)) throw new ConfigError(`LOG_LEVEL must be one of debug, info, warn, error, got ${JSON.stringify(value)}`)
  return value
}
