import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const SERVER_DIR = path.join(REPO_ROOT, 'apps/server')
/** The web build under test; `SAMMEN_E2E_WEB_DIST` points elsewhere (e.g. a build in a scratch directory). */
export const WEB_DIST = process.env.SAMMEN_E2E_WEB_DIST ?? path.join(REPO_ROOT, 'apps/web/dist')
/**
 * The server as production runs it: JavaScript built from apps/server (`buildServer` below), started with plain
 * `node`, as are its command-line tools.
 */
export const BUILT_SERVER = { main: 'dist/main.js', setup: 'dist/setup.js', issueToken: 'dist/issue-token.js' }

/** Set by the global setup once it has built the server: the test workers it starts inherit it. */
const BUILT_FLAG = 'SAMMEN_E2E_SERVER_BUILT'

/**
 * Builds the server from the current sources (esbuild, under a second) unless this run already did, so no test or
 * benchmark runs yesterday's server. A child process: e2e drives the apps from outside and imports none of their source.
 */
export function buildServer(): void {
  if (process.env[BUILT_FLAG] === '1') return
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: SERVER_DIR, encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`The server did not build:\n${build.stdout}${build.stderr}`)
  process.env[BUILT_FLAG] = '1'
}

const START_TIMEOUT_MS = 20_000
const STOP_TIMEOUT_MS = 10_000

/**
 * The real Sammen server (apps/server) as a child process, on its own port with a temporary
 * DATA_DIR. `stop()` ends the process, which closes every open websocket: the only reliable way
 * to cut browsers off, because Playwright's offline mode leaves established websockets open.
 * `start()` again reuses the same port, so the app's origin (service worker, IndexedDB) is unchanged.
 */
export interface LaunchOptions {
  /**
   * Runs the server in secured mode (roles and invite links, `SAMMEN_TOKEN_SECRET`). Without it the
   * server runs in open mode, as every test did before roles existed.
   */
  tokenSecret?: string
  /** WORKSHOP_IDLE_SECONDS: how long follow me, a countdown and a vote round outlive the last facilitator. */
  workshopIdleSeconds?: number
  /** The static files it serves instead of `WEB_DIST` (the side-by-side benchmarks serve a plain tldraw app so). */
  webDist?: string
}

export type InviteRole = 'facilitator' | 'editor' | 'panel' | 'viewer'

export class SammenServer {
  private child: ChildProcess | null = null
  private output = ''
  private constructor(
    readonly dataDir: string,
    private port: number,
    private readonly tokenSecret: string | null,
    private readonly workshopIdleSeconds: number | null = null,
    private readonly webDist: string = WEB_DIST,
  ) {}

  /** Starts a server on a free port (the server picks it: PORT=0 avoids a race with other processes). */
  static async launch(options: LaunchOptions = {}): Promise<SammenServer> {
    buildServer()
    const dataDir = mkdtempSync(path.join(tmpdir(), 'sammen-e2e-'))
    const server = new SammenServer(dataDir, 0, options.tokenSecret ?? null, options.workshopIdleSeconds ?? null, options.webDist)
    await server.start()
    return server
  }

  /**
   * An invite link made with the server's own CLI (`dist/issue-token.js`, from `src/cli/issueToken.ts`), as an operator gets the
   * first facilitator in. Only in secured mode. Returns the path with the token fragment, `/b/<id>#token=…`.
   */
  async inviteLink(boardId: string, role: InviteRole, hours = 24): Promise<string> {
    if (!this.tokenSecret) throw new Error('inviteLink needs a server launched with { tokenSecret }')
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
      execFile(
        process.execPath,
        [BUILT_SERVER.issueToken, '--board', boardId, '--role', role, '--hours', String(hours), '--base-url', this.url],
        { cwd: SERVER_DIR, env: this.environment(), timeout: START_TIMEOUT_MS },
        (error, out, err) => (error ? reject(new Error(`issueToken failed: ${err || error.message}`)) : resolve({ stdout: out })),
      )
    })
    const url = /^url:\s+(\S+)$/m.exec(stdout)?.[1]
    if (!url) throw new Error(`issueToken printed no url:\n${stdout}`)
    const parsed = new URL(url)
    return `${parsed.pathname}${parsed.hash}`
  }

  /**
   * The workspace link the server's setup command prints for the first facilitator (`pnpm run setup`): the way an
   * operator gets the first facilitator in. Returns the path with the fragment, `/#workspace=…`.
   */
  async workspaceLink(): Promise<string> {
    if (!this.tokenSecret) throw new Error('workspaceLink needs a server launched with { tokenSecret }')
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
      execFile(
        process.execPath,
        [BUILT_SERVER.setup, '--base-url', this.url],
        { cwd: SERVER_DIR, env: this.environment(), timeout: START_TIMEOUT_MS },
        (error, out, err) => (error ? reject(new Error(`setup failed: ${err || error.message}`)) : resolve({ stdout: out })),
      )
    })
    const url = /(https?:\/\/\S+#workspace=\S+)/.exec(stdout)?.[1]
    if (!url) throw new Error(`setup printed no workspace link:\n${stdout}`)
    const parsed = new URL(url)
    return `${parsed.pathname}${parsed.hash}`
  }

  private environment(): NodeJS.ProcessEnv {
    return {
      ...isolatedEnv(),
      PORT: String(this.port),
      DATA_DIR: this.dataDir,
      WEB_DIST: this.webDist,
      LOG_LEVEL: 'info',
      ...(this.tokenSecret ? { SAMMEN_TOKEN_SECRET: this.tokenSecret } : {}),
      ...(this.workshopIdleSeconds !== null ? { WORKSHOP_IDLE_SECONDS: String(this.workshopIdleSeconds) } : {}),
    }
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
    const child = spawn(process.execPath, [BUILT_SERVER.main], {
      cwd: SERVER_DIR,
      env: this.environment(),
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
  // A secret in the test runner's environment must not switch every test's server to secured mode.
  const { DATABASE_URL: _database, REDIS_URL: _redis, SAMMEN_TOKEN_SECRET: _secret, ...env } = process.env
  return env
}
