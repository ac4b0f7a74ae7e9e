// In-process servers (startServer) with a short ping period: dead peers are dropped, expired invites cut off.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import WebSocket from 'ws'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { issueToken, secretKey } from '../src/auth/tokens'
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

it('closes a connection whose invite expires while it is open, with 4401, and keeps one whose invite is valid', async () => {
  const secret = 'keepalive-expiry-test-secret-0123456789abcdef'
  const secured = await startServer({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-expiry-')), pingIntervalMs: 200, logger: silentLogger, tokenSecret: secret })
  try {
    const syncUrl = secured.url.replace(/^http/, 'ws') + '/sync'
    const key = secretKey(secret)
    const shortLived = await issueToken(key, { boardId: 'expiry-board', role: 'editor', generation: 0, expiresInSeconds: 2 })
    const longLived = await issueToken(key, { boardId: 'expiry-board', role: 'editor', generation: 0, expiresInSeconds: 3600 })
    const leaving = new WebSocket(`${syncUrl}/expiry-board`, ['sammen', `sammen.token.${shortLived}`])
    const leavingClosed = closed(leaving, 8000)
    const staying = connectClient(syncUrl, 'expiry-board', { token: longLived })
    await waitSynced(staying)
    const info = await leavingClosed
    expect(info.code).toBe(4401)
    expect(info.reason).toBe('invite expired')
    expect(staying.provider.wsconnected).toBe(true)
    staying.destroy()
  } finally {
    await secured.close()
  }
})
