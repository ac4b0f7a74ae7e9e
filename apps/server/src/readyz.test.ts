// /readyz reflects storage and (if configured) fan-out health; /healthz stays plain liveness.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Fanout } from './fanout/Fanout'
import { createLogger } from './log'
import { startServer, type RunningServer } from './server'

const running: RunningServer[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const server of running.splice(0)) await server.close()
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

async function start(fanout?: Fanout): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-readyz-'))
  dirs.push(dataDir)
  const server = await startServer({ dataDir, fanout, logger: createLogger({ write: () => {} }) })
  running.push(server)
  return server
}

function fakeFanout(ping: () => Promise<void>): Fanout {
  return {
    instanceId: 'test',
    join: async () => ({ publish: () => {}, leave: async () => {} }),
    publishTo: async () => {},
    ping,
    close: async () => {},
  }
}

describe('/readyz', () => {
  it('is 200 with SQLite and no Redis configured', async () => {
    const server = await start()
    const res = await fetch(`${server.url}/readyz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true, storage: 'ok', redis: 'disabled' })
  })

  it('is 503 while Redis does not answer, and /healthz stays 200', async () => {
    const server = await start(fakeFanout(async () => Promise.reject(new Error('redis is not connected'))))
    const res = await fetch(`${server.url}/readyz`)
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ ok: false, storage: 'ok', redis: 'error' })
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })

  it('is 503 when a check hangs', async () => {
    const server = await start(fakeFanout(() => new Promise<void>(() => {})))
    const res = await fetch(`${server.url}/readyz`)
    expect(res.status).toBe(503)
  }, 10_000)
})
