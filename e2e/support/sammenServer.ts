import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const SERVER_DIR = path.join(REPO_ROOT, 'apps/server')
export const WEB_DIST = path.join(REPO_ROOT, 'apps/web/dist')

const START_TIMEOUT_MS = 20_000
const STOP_TIMEOUT_MS = 10_000

/**
 * The real Sammen server (apps/server) as a child process, on its own port with a temporary
 * DATA_DIR. `stop()` ends the process, which closes every open websocket: the only reliable way
 * to cut browsers off, because Playwright's offline mode leaves established websockets open.
 * `start()` again reuses the same port, so the app's origin (service worker, IndexedDB) is unchanged.
 */
export class SammenServer {
  private child: ChildProcess | null = null
  private output = ''
  private constructor(
    readonly dataDir: string,
    private port: number,
  ) {}

  /** Starts a server on a free port (the server picks it: PORT=0 avoids a race with other processes). */
  static async launch(): Promise<SammenServer> {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'sammen-e2e-'))
    const server = new SammenServer(dataDir, 0)
    await server.start()
    return server
  }

  get url(): string {
    if (this.port === 0) throw new Error('The server has not started yet')
    return `http://localhost:${this.port}`
  }

  get isRunning(): boolean {
    return this.child !== null
  }

  /** Everything the server printed, for failure messages. */
  get log(): string {
    return this.output
  }

  async start(): Promise<void> {
    if (this.child) throw new Error('The server is already running')
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: SERVER_DIR,
      env: { ...isolatedEnv(), PORT: String(this.port), DATA_DIR: this.dataDir, WEB_DIST, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.child = child
    this.port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Server did not start in time:\n${this.output}`)), START_TIMEOUT_MS)
      let buffered = ''
      child.stdout?.on('data', (chunk: Buffer) => {
        const text = chunk.toString()
        this.output += text
        buffered += text
        let newline: number
        while ((newline = buffered.indexOf('\n')) >= 0) {
          const line = buffered.slice(0, newline)
          buffered = buffered.slice(newline + 1)
          const port = listeningPort(line)
          if (port !== null) {
            clearTimeout(timer)
            resolve(port)
          }
        }
      })
      child.stderr?.on('data', (chunk: Buffer) => {
        this.output += chunk.toString()
      })
      child.once('exit', (code) => {
        clearTimeout(timer)
        this.child = null
        reject(new Error(`Server exited with code ${code} before listening:\n${this.output}`))
      })
    })
  }

  /** Stops the server and waits for the process to exit (every websocket is closed by then). */
  async stop(): Promise<void> {
    const child = this.child
    if (!child) return
    if (child.exitCode !== null || child.signalCode !== null) {
      this.child = null
      return
    }
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
    await exited
    clearTimeout(timer)
    this.child = null
  }

  async restart(): Promise<void> {
    await this.stop()
    await this.start()
  }

  /** Stops the server and removes its data directory. */
  async dispose(): Promise<void> {
    await this.stop()
    rmSync(this.dataDir, { recursive: true, force: true })
  }
}

/** The server logs one JSON line `{"msg":"listening","port":…}` when it is ready (a stable contract). */
function listeningPort(line: string): number | null {
  try {
    const entry = JSON.parse(line) as { msg?: unknown; port?: unknown }
    return entry.msg === 'listening' && typeof entry.port === 'number' ? entry.port : null
  } catch {
    return null
  }
}

/**
 * The environment without shared storage: each test's server keeps its data in its own temporary SQLite
 * directory, even on a machine (like CI's) where DATABASE_URL and REDIS_URL point at shared services.
 */
function isolatedEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _database, REDIS_URL: _redis, ...env } = process.env
  return env
}
