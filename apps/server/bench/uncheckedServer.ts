// The server with its update guard switched off, for bench/validation.bench.ts only: what the trust boundary costs is the
// difference to the real one. Open mode, SQLite in a temporary directory; prints "listening" when ready. The benchmark
// bundles it like the server's own build (scripts/build.ts) and runs it with plain node, as the checked server runs.
//   node --import tsx bench/uncheckedServer.ts <port>
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLogger } from '../src/log'
import { startServer } from '../src/server'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-unchecked-'))
const server = await startServer({
  port: Number(process.argv[2] ?? 0),
  dataDir,
  guardUpdates: false,
  maxMessagesPerSecond: 1_000_000,
  maxConnectionsPerMinute: 1_000_000,
  logger: createLogger({ level: 'warn' }),
})
process.stdout.write(`listening ${server.url}\n`)
const stop = () => void server.close().finally(() => {
  fs.rmSync(dataDir, { recursive: true, force: true })
  process.exit(0)
})
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
