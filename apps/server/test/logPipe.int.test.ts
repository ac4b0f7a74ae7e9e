// The server's logs go to a pipe (journald, `docker logs`, a log shipper). When the reader of that pipe goes away, the
// server must keep serving and still stop cleanly on SIGTERM: before, every failed log write became an uncaught
// exception whose own log line failed again, a loop that kept a core busy and never let the shutdown finish.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { BUILT_MAIN, SERVER_DIR } from '../scripts/build'
import { ensureServerBuilt, freePort } from './helpers/serverProcess'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('a log reader that goes away', () => {
  it('leaves the server serving, and SIGTERM still stops it', async () => {
    await ensureServerBuilt()
    const port = await freePort()
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-logpipe-'))
    dirs.push(dataDir)
    const { DATABASE_URL: _db, REDIS_URL: _redis, SAMMEN_TOKEN_SECRET: _secret, ...inherited } = process.env
    const child = spawn(process.execPath, [BUILT_MAIN], {
      cwd: SERVER_DIR,
      env: { ...inherited, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, WEB_DIST: path.join(dataDir, 'none') },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('"msg":"listening"') && resolve())
        void exited.then(() => reject(new Error('the server exited before listening')))
      })
      // The reader goes away: both pipes closed, every later log line fails to write.
      child.stdout.destroy()
      child.stderr.destroy()
      // Each of these logs a line (the missing web build, a connection closed for a malformed frame) and must still
      // be answered.
      for (let i = 0; i < 5; i++) {
        expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(503) // the placeholder: no web build here
        expect(await closedForMalformedFrame(`ws://127.0.0.1:${port}/sync/log-pipe-board`)).toBe(1007)
        expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200)
      }
      child.kill('SIGTERM')
      const result = await Promise.race([exited, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 10_000))])
      expect(result).toEqual({ code: 0, signal: null })
    } finally {
      child.kill('SIGKILL')
    }
  })
})

/** Opens a socket, sends a frame of an unknown message type and resolves with the close code the server sends. */
function closedForMalformedFrame(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url)
    ws.once('open', () => ws.send(new Uint8Array([99, 1, 2])))
    ws.once('close', (code) => resolve(code))
    ws.once('error', reject)
  })
}
