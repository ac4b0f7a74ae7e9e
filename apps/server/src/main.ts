// Process entry point: configuration from the environment, one server, graceful shutdown on signals.
import { ConfigError, loadConfig } from './config'
import { createLogger } from './log'
import { startServer } from './server'

async function main(): Promise<void> {
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
  const server = await startServer({
    port: config.port,
    host: config.host,
    dataDir: config.dataDir,
    webDist: config.webDist,
    maxMessageBytes: config.maxMessageBytes,
    logger: log,
  })

  // Lifecycle lines ignore LOG_LEVEL: operators and the test harness (which waits for this exact
  // "listening" message) must always see when the server is up and when it went down.
  const lifecycle = createLogger()
  lifecycle.info('listening', {
    url: server.url,
    port: server.port,
    host: config.host,
    dataDir: config.dataDir,
    webDist: config.webDist,
    maxMessageBytes: config.maxMessageBytes,
    pid: process.pid,
  })
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
