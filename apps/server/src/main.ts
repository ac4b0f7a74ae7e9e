// Process entry point: configuration from the environment, one server, graceful shutdown on signals.
import { ConfigError, isLoopbackHost, loadConfig } from './config'
import { createLogger } from './log'
import { startServer } from './server'

async function main(): Promise<void> {
  // Logs go to stdout, errors to stderr. When whoever reads them goes away (a closed pipe: EPIPE), every write fails;
  // unhandled, each failure became an uncaught exception whose log line failed again, a loop that kept the process
  // busy forever and never let a SIGTERM finish. The lines are lost either way, the boards must not be.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {})
  let config
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Invalid configuration: ${error.message}\n`)
      process.exit(2)
    }
    throw error
  }

  const log = createLogger({ level: config.logLevel })
  // DATABASE_URL switches storage to PostgreSQL (shared by all instances); otherwise embedded SQLite.
  // Start-up fails if PostgreSQL does not answer: serving boards without their storage is pointless.
  // The PostgreSQL and Redis clients are loaded only when configured (separate chunks of the build): together they
  // are 12 MiB of resident memory a single SQLite server has no use for.
  const storage = config.databaseUrl
    ? await (await import('./storage/PostgresStorage')).PostgresStorage.open({ connectionString: config.databaseUrl, schema: config.databaseSchema, logger: log })
    : undefined
  // Redis is optional even when configured-but-down: the instance serves its own clients and catches
  // up when Redis returns; /readyz reports it meanwhile.
  const fanout = config.redisUrl ? new (await import('./fanout/RedisFanout')).RedisFanout(config.redisUrl, log) : null
  const server = await startServer({
    port: config.port,
    host: config.host,
    dataDir: config.dataDir,
    storage,
    fanout,
    webDist: config.webDist,
    maxMessageBytes: config.maxMessageBytes,
    maxSnapshotBytes: config.maxSnapshotBytes,
    logger: log,
    tokenSecret: config.tokenSecret,
    publicUrl: config.publicUrl,
    maxConnectionsPerMinute: config.maxConnectionsPerMinute,
    maxMessagesPerSecond: config.maxMessagesPerSecond,
    maxLibraryRequestsPerMinute: config.maxLibraryRequestsPerMinute,
    maxSnapshotsPerBoard: config.maxSnapshotsPerBoard,
    maxSnapshotBytesPerBoard: config.maxSnapshotBytesPerBoard,
    workshopIdleMs: config.workshopIdleMs,
  })

  // Lifecycle lines ignore LOG_LEVEL: operators and the test harness (which waits for this exact
  // "listening" message) must always see when the server is up and when it went down.
  const lifecycle = createLogger()
  lifecycle.info('listening', {
    url: server.url,
    port: server.port,
    host: config.host,
    dataDir: config.dataDir,
    storage: config.databaseUrl ? 'postgres' : 'sqlite',
    databaseSchema: config.databaseSchema ?? undefined,
    redis: fanout ? fanout.instanceId : 'disabled',
    webDist: config.webDist,
    maxMessageBytes: config.maxMessageBytes,
    maxSnapshotBytes: config.maxSnapshotBytes,
    mode: server.mode,
    pid: process.pid,
  })
  if (server.mode === 'open') {
    // Loud on purpose: an agency deployment without a secret lets anyone with a board id edit it.
    lifecycle.warn(
      isLoopbackHost(config.host)
        ? 'open mode on this machine only: SAMMEN_TOKEN_SECRET is not set, so everyone using this machine can edit every board'
        : 'OPEN MODE ON THE NETWORK (SAMMEN_OPEN_MODE=1): anyone who can reach this server can edit every board',
      { mode: 'open', host: config.host },
    )
  }
  // For humans; on stderr so stdout stays pure JSON lines.
  process.stderr.write(`Sammen is running at ${server.url}\n`)

  let stopping = false
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      // A second Ctrl-C means "now": skip the flush.
      log.warn('second signal, exiting immediately', { signal })
      process.exit(1)
    }
    stopping = true
    lifecycle.info('shutting down', { signal })
    server.close().then(
      () => {
        lifecycle.info('server stopped')
        process.exit(0)
      },
      (error: unknown) => {
        log.error('shutdown failed', { error })
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)

  process.on('uncaughtException', (error) => {
    // Last resort: keep serving the other rooms, but make it loud. Client input never gets here
    // (connection.ts catches it); this is for our own bugs.
    log.error('uncaught exception', { error })
  })
  process.on('unhandledRejection', (reason) => {
    log.error('unhandled rejection', { error: reason })
  })
}

main().catch((error: unknown) => {
  process.stderr.write(`Sammen server failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
