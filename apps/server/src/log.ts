// Structured logging: one JSON object per line on stdout, so that `docker logs`, journald or a log
// shipper can parse lines without guessing at formats. No dependency: the needs here are tiny.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'

export type LogFields = Record<string, unknown>

export interface Logger {
  debug(msg: string, fields?: LogFields): void
  info(msg: string, fields?: LogFields): void
  warn(msg: string, fields?: LogFields): void
  error(msg: string, fields?: LogFields): void
  /** A logger that adds `fields` to every line (e.g. the board id of a room). */
  child(fields: LogFields): Logger
}

const LEVEL_RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 }

export function isLogLevel(value: string): value is LogLevel {
  return Object.hasOwn(LEVEL_RANK, value)
}

export interface LoggerOptions {
  level?: LogLevel
  /** Where lines go; defaults to stdout. Tests pass an array push. */
  write?: (line: string) => void
  base?: LogFields
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const minRank = LEVEL_RANK[options.level ?? 'info']
  const write = options.write ?? ((line: string) => process.stdout.write(line + '\n'))
  const base = options.base ?? {}

  const emit = (level: LogLevel, msg: string, fields?: LogFields): void => {
    if (LEVEL_RANK[level] < minRank) return
    const record = { time: new Date().toISOString(), level, msg, ...base, ...normalize(fields) }
    let line: string
    try {
      line = JSON.stringify(record)
    } catch {
      // A circular or BigInt field must never take the server down through its own logging.
      line = JSON.stringify({ time: record.time, level, msg, logError: 'unserializable fields' })
    }
    write(line)
  }

  return {
    debug: (msg, fields) => emit('debug', msg, fields),
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
    child: (fields) => createLogger({ ...options, base: { ...base, ...fields } }),
  }
}

/** Error objects stringify to `{}`; turn them into something a reader can act on. */
function normalize(fields: LogFields | undefined): LogFields {
  if (!fields) return {}
  const out: LogFields = {}
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value
  }
  return out
}

/** Swallows everything; handy for benchmarks and in-process tests. */
export const silentLogger: Logger = createLogger({ write: () => {} })
