// Runs the real server as a child process, built as production runs it (`node dist/main.js`, what `pnpm start`,
// the Dockerfile and the systemd unit start), so integration tests cover the shipped build, config, signals and
// crash recovery too. The build is made from the current sources once per test process (esbuild, well under a
// second), so a test never runs yesterday's server.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { BUILT_MAIN, buildServer, SERVER_DIR } from '../../scripts/build'

const READY_TIMEOUT_MS = 20_000

let built: Promise<unknown> | null = null

/** Builds dist/ from the current sources, once per process. */
export function ensureServerBuilt(): Promise<unknown> {
  built ??= buildServer()
  return built
}

export interface ServerProcessOptions {
  /** Extra environment, e.g. MAX_MESSAGE_BYTES or WEB_DIST. */
  env?: Record<string, string>
  /** Node options before the script, e.g. `--cpu-prof` for a benchmark's profile (written when the process exits). */
  nodeArgs?: string[]
}

export interface ServerProcess {
  readonly port: number
  /** http://127.0.0.1:<port> */
  readonly url: string
  /** ws://127.0.0.1:<port>/sync, the serverUrl to give WebsocketProvider. */
  readonly syncUrl: string
  readonly dataDir: string
  readonly pid: number | undefined
  /** Everything the process printed so far (stdout and stderr), for assertions and debugging. */
  output(): string
  /** Parsed JSON log lines from stdout. */
  logs(): Array<Record<string, unknown>>
  /** Sends the signal and resolves once the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** Stops the process if it still runs (SIGTERM) and starts it again on the same port and data. */
  restart(): Promise<void>
  /** Kills the process and removes the temporary data directory. */
  dispose(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export async function startServerProcess(options: ServerProcessOptions = {}): Promise<ServerProcess> {
  await ensureServerBuilt()
  const port = await freePort()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-int-'))
  // Storage and fan-out come only from options.env: a DATABASE_URL / REDIS_URL exported for the
  // PostgreSQL and Redis tests must not silently move every other test onto a shared database.
  // Likewise a SAMMEN_TOKEN_SECRET in the developer's shell must not turn every test into secured mode.
  const { DATABASE_URL: _db, DATABASE_SCHEMA: _schema, REDIS_URL: _redis, SAMMEN_TOKEN_SECRET: _secret, ...inherited } = process.env
  const env = {
    ...inherited,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    WEB_DIST: path.join(dataDir, 'no-web-build'),
    ...options.env,
  }
  let output = ''
  let child: ChildProcess | null = null
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> = Promise.resolve({ code: 0, signal: null })

  const launch = async (): Promise<void> => {
    const proc = spawn(process.execPath, [...(options.nodeArgs ?? []), BUILT_MAIN], {
      cwd: SERVER_DIR,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child = proc
    exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })))
    proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))

    await new Promise<void>((resolve, reject) => {
      let buffered = ''
      const timer = setTimeout(() => reject(new Error(`server not ready after ${READY_TIMEOUT_MS} ms:\n${output}`)), READY_TIMEOUT_MS)
      proc.stdout?.on('data', (chunk: Buffer) => {
        const text = chunk.toString()
        output += text
        buffered += text
        let newline
        while ((newline = buffered.indexOf('\n')) >= 0) {
          const line = buffered.slice(0, newline)
          buffered = buffered.slice(newline + 1)
          if (parseLine(line)?.msg === 'listening') {
            clearTimeout(timer)
            resolve()
          }
        }
      })
      void exited.then(({ code, signal }) => {
        clearTimeout(timer)
        reject(new Error(`server exited before ready (code ${code}, signal ${signal}):\n${output}`))
      })
    })
  }

  const kill = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const proc = child
    if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill(signal)
    return exited
  }

  try {
    await launch()
  } catch (error) {
    await kill('SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
    throw error
  }

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    dataDir,
    get pid() {
      return child?.pid
    },
    output: () => output,
    logs: () =>
      output
        .split('\n')
        .map(parseLine)
        .filter((entry): entry is Record<string, unknown> => entry !== null),
    kill,
    restart: async () => {
      await kill('SIGTERM')
      await launch()
    },
    dispose: async () => {
      await kill('SIGKILL')
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

function parseLine(line: string): Record<string, unknown> | null {
  if (!line.startsWith('{')) return null
  try {
    return JSON.parse(line) as Record<string, unknown>
  } catch {
    return null
  }
}
