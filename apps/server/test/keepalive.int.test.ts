// In-process server (startServer) with a short ping period, to check dead peers are dropped.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import WebSocket from 'ws'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { silentLogger } from '../src/log'
import { startServer, type RunningServer } from '../src/server'
import { connectClient, sleep, waitSynced } from './helpers/clients'
import { closed } from './helpers/rawSocket'

let server: RunningServer
let dataDir: string

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-keepalive-'))
  server = await startServer({ dataDir, pingIntervalMs: 200, logger: silentLogger })
})

afterAll(async () => {
  await server?.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

it('terminates a peer that stops answering pings, and keeps one that answers', async () => {
  const syncUrl = server.url.replace(/^http/, 'ws') + '/sync'
  const healthy = connectClient(syncUrl, 'keepalive-board')
  await waitSynced(healthy)
  // autoPong: false makes this socket look like a vanished laptop to the server.
  const silent = new WebSocket(`${syncUrl}/keepalive-board`, { autoPong: false })
  await new Promise((resolve) => silent.once('open', resolve))
  const info = await closed(silent, 5000)
  expect(info.code).toBe(1006) // terminated without a close frame
  await sleep(300)
  expect(healthy.provider.wsconnected).toBe(true)
  healthy.destroy()
})
