import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { bindStoreToDoc } from '@sammen/sync'
import { createTestStore, makeGeoShape, seedDocumentRecords } from '@sammen/sync/testing'
import { createShapeId } from '@tldraw/tlschema'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { issueToken, secretKey, type Role } from '../src/auth/tokens'
import { encodeUpdateMessage as encodeUpdate } from '@sammen/protocol'
import { boardDoc } from './helpers/boardDoc'
import { notes } from './helpers/layout'
import { connectClient, sleep, waitFor, waitSynced, type SyncClient } from './helpers/clients'
import { closed, offer, openRaw, upgradeStatus } from './helpers/rawSocket'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'

const SECRET = 'roles-integration-test-secret-0123456789abcdef'
const key = secretKey(SECRET)
const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

let server: ServerProcess
const clients: SyncClient[] = []
const issued: string[] = [] // every token the test saw, to prove none reaches the logs
let boardCounter = 0

const freshBoardId = () => `roles-${Date.now().toString(36)}-${++boardCounter}`

async function token(boardId: string, role: Role, options: { generation?: number; seconds?: number; now?: Date } = {}) {
  const t = await issueToken(key, {
    boardId,
    role,
    generation: options.generation ?? 0,
    expiresInSeconds: options.seconds ?? 3600,
    now: options.now,
  })
  issued.push(t)
  return t
}

/** A y-websocket client that records the close codes it gets. */
function client(boardId: string, t: string): SyncClient & { closes: number[] } {
  const c = connectClient(server.syncUrl, boardId, { token: t })
  const closes: number[] = []
  c.provider.on('connection-close', (event) => {
    if (event) closes.push(event.code)
  })
  clients.push(c)
  return Object.assign(c, { closes })
}

const wsUrl = (boardId: string) => `${server.syncUrl}/${boardId}`

function api(pathname: string, bearer: string | null, body: unknown) {
  return fetch(`${server.url}${pathname}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
  })
}

function boardState(): Uint8Array {
  const doc = boardDoc()
  notes(doc).set('steg', 'Søker')
  return Y.encodeStateAsUpdate(doc)
}

function journeyUpdate(key: string, value: string): Uint8Array {
  const doc = new Y.Doc()
  notes(doc).set(key, value)
  return Y.encodeStateAsUpdate(doc)
}

beforeAll(async () => {
  server = await startServerProcess({ env: { SAMMEN_TOKEN_SECRET: SECRET, LOG_LEVEL: 'debug' } })
})

afterEach(() => {
  for (const c of clients.splice(0)) c.destroy()
})

afterAll(async () => {
  await server?.dispose()
})

describe('secured mode', () => {
  it('reports its mode', async () => {
    expect(await (await fetch(`${server.url}/api/mode`)).json()).toEqual({ mode: 'secured', exposed: false })
  })

  it('refuses missing, forged, expired, other-board and garbage tokens on upgrade', async () => {
    const boardId = freshBoardId()
    const forged = await issueToken(secretKey('x'.repeat(40)), { boardId, role: 'editor', generation: 0, expiresInSeconds: 60 })
    const expired = await token(boardId, 'editor', { now: new Date(Date.now() - 7200_000) })
    const otherBoard = await token(freshBoardId(), 'facilitator')
    expect(await upgradeStatus(wsUrl(boardId))).toBe(401)
    expect(await upgradeStatus(wsUrl(boardId), offer(forged))).toBe(401)
    expect(await upgradeStatus(wsUrl(boardId), offer(expired))).toBe(401)
    expect(await upgradeStatus(wsUrl(boardId), offer('not.a.token'))).toBe(401)
    expect(await upgradeStatus(wsUrl(boardId), offer(otherBoard))).toBe(403)
  })

  it('takes the token from the websocket subprotocols, so it never has to be in the URL', async () => {
    const boardId = freshBoardId()
    const good = await token(boardId, 'viewer')
    const forged = await issueToken(secretKey('x'.repeat(40)), { boardId, role: 'editor', generation: 0, expiresInSeconds: 60 })
    const ws = new WebSocket(wsUrl(boardId), ['sammen', `sammen.token.${good}`])
    await new Promise((resolve, reject) => {
      ws.once('open', resolve)
      ws.once('error', reject)
    })
    // The server answers with the protocol name only: the token is not echoed back.
    expect(ws.protocol).toBe('sammen')
    ws.close()
    expect(await upgradeStatus(wsUrl(boardId), ['sammen', `sammen.token.${forged}`])).toBe(401)
    expect(await upgradeStatus(wsUrl(boardId), ['sammen'])).toBe(401)
    // A token in the URL would sit in proxy logs and browser history: it is not read at all.
    expect(await upgradeStatus(`${wsUrl(boardId)}?token=${encodeURIComponent(good)}`)).toBe(401)
  })

  it('lets a viewer read the board and relays its presence, without letting it write', async () => {
    const boardId = freshBoardId()
    const editor = client(boardId, await token(boardId, 'editor'))
    await waitSynced(editor)
    notes(editor.doc).set('title', 'Moving to Oslo')

    const viewer = client(boardId, await token(boardId, 'viewer'))
    await waitSynced(viewer)
    await waitFor(() => notes(viewer.doc).get('title') === 'Moving to Oslo', 'viewer reads the board')

    viewer.provider.awareness.setLocalStateField('user', { name: 'Viewer Vera' })
    await waitFor(
      () => [...editor.provider.awareness.getStates().values()].some((s) => (s.user as { name?: string } | undefined)?.name === 'Viewer Vera'),
      'editor sees the viewer’s presence',
    )
    // The empty sync step 2 of an unmodified provider was accepted: still connected, never closed.
    expect(viewer.closes).toEqual([])
    expect(viewer.provider.wsconnected).toBe(true)
  })

  it.each(['viewer', 'panel'] as const)('closes a %s that sends a change; nobody sees or stores it', async (role) => {
    const boardId = freshBoardId()
    const editor = client(boardId, await token(boardId, 'editor'))
    await waitSynced(editor)
    notes(editor.doc).set('title', 'original')

    const reader = client(boardId, await token(boardId, role))
    await waitSynced(reader)
    await waitFor(() => notes(reader.doc).get('title') === 'original', `${role} synced`)
    notes(reader.doc).set('title', `changed by ${role}`)
    await waitFor(() => reader.closes.includes(4403), `${role} closed with 4403`)
    reader.provider.disconnect() // stop it from reconnecting and resending

    // A raw socket with the same role gets the same answer, with the reason text.
    const raw = await openRaw(wsUrl(boardId), offer(await token(boardId, role)))
    const rawClosed = closed(raw)
    raw.send(encodeUpdate(journeyUpdate('title', 'raw change')))
    expect(await rawClosed).toEqual({ code: 4403, reason: 'read-only role' })

    await sleep(300)
    expect(notes(editor.doc).get('title')).toBe('original')
    const fresh = client(boardId, await token(boardId, 'editor'))
    await waitSynced(fresh)
    await waitFor(() => notes(fresh.doc).get('title') === 'original', 'fresh client sees the original')
    expect(notes(fresh.doc).size).toBe(1)
  })

  it.each(['viewer', 'panel'] as const)('applies nothing of a large change a %s sends just before it leaves', async (role) => {
    const boardId = freshBoardId()
    const editor = client(boardId, await token(boardId, 'editor'))
    await waitSynced(editor)
    notes(editor.doc).set('title', 'original')
    // Over 64 KiB: read and checked in turns, after the socket is gone (a departing client's changes are still
    // applied, but checked as always, so the role still decides).
    const large = new Y.Doc()
    for (let i = 0; i < 40; i++) notes(large).set(`leaving-${i}`, 'x'.repeat(3000))
    const update = Y.encodeStateAsUpdate(large)
    expect(update.byteLength).toBeGreaterThan(64 * 1024)
    const raw = await openRaw(wsUrl(boardId), offer(await token(boardId, role)))
    const gone = closed(raw)
    raw.send(encodeUpdate(update))
    raw.close(1000)
    await gone

    await sleep(500)
    const fresh = client(boardId, await token(boardId, 'editor'))
    await waitSynced(fresh)
    await waitFor(() => notes(fresh.doc).get('title') === 'original', 'fresh client sees the original')
    expect(notes(fresh.doc).size).toBe(1)
    expect(notes(editor.doc).size).toBe(1)
  })

  it('keeps a viewer connected when its tldraw store is bound read-only, and cuts it off when it writes', async () => {
    const boardId = freshBoardId()
    const editor = client(boardId, await token(boardId, 'editor'))
    await waitSynced(editor)
    const editorStore = createTestStore()
    seedDocumentRecords(editorStore)
    const editorBinding = bindStoreToDoc({ store: editorStore, doc: editor.doc })
    editorStore.put([makeGeoShape('kort', { text: 'Søker om byggetillatelse' })])
    editorBinding.flush()

    // A viewer whose store has records the board lacks (a new store's own page, say): bound as before, its
    // binding writes them on load and the server closes the socket.
    const writing = client(boardId, await token(boardId, 'viewer'))
    await waitSynced(writing)
    const writingStore = createTestStore()
    writingStore.put([makeGeoShape('bare-hos-meg', { text: 'Lokalt' })])
    const writingBinding = bindStoreToDoc({ store: writingStore, doc: writing.doc })
    writingBinding.flush()
    await waitFor(() => writing.closes.includes(4403), 'the writing viewer is refused')

    // Bound read-only, the same viewer stays connected and keeps receiving the editor's changes.
    const reading = client(boardId, await token(boardId, 'viewer'))
    await waitSynced(reading)
    const readingStore = createTestStore()
    readingStore.put([makeGeoShape('bare-hos-meg', { text: 'Lokalt' })])
    const readingBinding = bindStoreToDoc({ store: readingStore, doc: reading.doc, readOnly: true })
    readingBinding.flush()
    expect(readingStore.get(createShapeId('kort'))).toBeDefined()
    editorStore.update(createShapeId('kort'), (shape) => ({ ...shape, x: 480 }))
    editorBinding.flush()
    await waitFor(() => readingStore.get(createShapeId('kort'))?.x === 480, 'the reading viewer gets the move')
    await sleep(300)
    expect(reading.closes).toEqual([])
    for (const binding of [editorBinding, writingBinding, readingBinding]) binding.dispose()
  })

  it('lets a facilitator invite and revoke; revocation cuts that role only', async () => {
    const boardId = freshBoardId()
    const facilitator = await token(boardId, 'facilitator')
    const oldViewer = await token(boardId, 'viewer')
    const editor = client(boardId, await token(boardId, 'editor'))
    const viewer = client(boardId, oldViewer)
    await Promise.all([waitSynced(editor), waitSynced(viewer)])

    // Only a facilitator of this board manages invites.
    expect((await api(`/api/boards/${boardId}/invites`, null, { role: 'viewer', expiresInHours: 1 })).status).toBe(401)
    expect((await api(`/api/boards/${boardId}/invites`, oldViewer, { role: 'viewer', expiresInHours: 1 })).status).toBe(403)
    expect((await api(`/api/boards/${boardId}/invites`, facilitator, { role: 'admin', expiresInHours: 1 })).status).toBe(400)

    const revoke = await api(`/api/boards/${boardId}/invites/revoke`, facilitator, { role: 'viewer' })
    expect(revoke.status).toBe(200)
    expect(await revoke.json()).toEqual({ role: 'viewer', generation: 1, disconnected: 1 })
    await waitFor(() => viewer.closes.includes(4401), 'viewer closed with 4401')
    viewer.provider.disconnect()
    expect(await upgradeStatus(wsUrl(boardId), offer(oldViewer))).toBe(401)

    // Other roles are untouched.
    expect(editor.closes).toEqual([])
    notes(editor.doc).set('still', 'editing')

    const created = await api(`/api/boards/${boardId}/invites`, facilitator, { role: 'viewer', expiresInHours: 2 })
    expect(created.status).toBe(201)
    const invite = (await created.json()) as { token: string; url: string; role: string }
    issued.push(invite.token)
    expect(invite.role).toBe('viewer')
    expect(invite.url).toBe(`http://127.0.0.1:${server.port}/b/${boardId}#token=${invite.token}`)
    const newViewer = client(boardId, invite.token)
    await waitSynced(newViewer)
    await waitFor(() => notes(newViewer.doc).get('still') === 'editing', 'new viewer reads the board')
  })

  it('issues a working facilitator token from the CLI', async () => {
    const boardId = freshBoardId()
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/issueToken.ts', '--board', boardId, '--role', 'facilitator', '--hours', '1'],
      { cwd: SERVER_DIR, env: { ...process.env, SAMMEN_TOKEN_SECRET: SECRET, DATA_DIR: server.dataDir, PUBLIC_URL: server.url } },
    )
    const t = /^token: (\S+)$/m.exec(stdout)?.[1] ?? ''
    issued.push(t)
    expect(stdout).toContain(`url:   ${server.url}/b/${boardId}#token=${t}`)
    expect((await api(`/api/boards/${boardId}/invites`, t, { role: 'panel', expiresInHours: 1 })).status).toBe(201)
  })

  it('guards saved versions like the board: any invite reads them, only writers save or delete', async () => {
    const boardId = `versions-${Date.now().toString(36)}`
    const snapshot = { id: 'version-0001', name: 'Etter workshop 1', author: 'Kari', createdAt: Date.now(), kind: 'named', state: Buffer.from(boardState()).toString('base64') }
    const path = `/api/boards/${boardId}/snapshots`
    expect((await api(path, null, snapshot)).status).toBe(401)
    expect((await api(path, await token('annen-tavle-1', 'editor'), snapshot)).status).toBe(403)
    const viewer = await token(boardId, 'viewer')
    const viewerWrite = await api(path, viewer, snapshot)
    expect(viewerWrite.status).toBe(403)
    expect(((await viewerWrite.json()) as { error: string }).error).toMatch(/read-only/)
    expect((await api(path, await token(boardId, 'panel'), snapshot)).status).toBe(403)
    expect((await api(path, await token(boardId, 'editor'), snapshot)).status).toBe(201)
    const list = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${viewer}` } })
    expect(list.status).toBe(200)
    expect(((await list.json()) as { snapshots: { id: string }[] }).snapshots.map((s) => s.id)).toEqual(['version-0001'])
    expect((await fetch(`${server.url}${path}`)).status).toBe(401)
    const deleteAs = (t: string) => fetch(`${server.url}${path}/version-0001`, { method: 'DELETE', headers: { Authorization: `Bearer ${t}` } })
    expect((await deleteAs(viewer)).status).toBe(403)
    expect((await deleteAs(await token(boardId, 'facilitator'))).status).toBe(204)
  })

  it('never writes a token into its logs', () => {
    expect(issued.length).toBeGreaterThan(5)
    const output = server.output()
    for (const t of issued) expect(output).not.toContain(t.split('.')[2])
    expect(output).toContain('upgrade refused') // the refusals were logged, just without tokens
  })
})

describe('open mode and rate limits', () => {
  let open: ServerProcess
  beforeAll(async () => {
    open = await startServerProcess({ env: { RATE_LIMIT_CONNECTIONS_PER_MINUTE: '4', RATE_LIMIT_MESSAGES_PER_SECOND: '10' } })
  })
  afterAll(async () => {
    await open?.dispose()
  })

  it('says it is open, lets everyone edit without a token, and throttles', async () => {
    expect(await (await fetch(`${open.url}/api/mode`)).json()).toEqual({ mode: 'open', exposed: false })
    expect(open.logs().some((line) => line.level === 'warn' && String(line.msg).startsWith('open mode'))).toBe(true)
    expect((await fetch(`${open.url}/api/boards/abcdef/invites`, { method: 'POST' })).status).toBe(409)

    const boardId = freshBoardId()
    const a = connectClient(open.syncUrl, boardId)
    const b = connectClient(open.syncUrl, boardId)
    clients.push(a, b)
    await Promise.all([waitSynced(a), waitSynced(b)])
    notes(a.doc).set('k', 'v')
    await waitFor(() => notes(b.doc).get('k') === 'v', 'b sees a’s edit')

    // Third connection is a flood of messages: closed with 4429.
    const raw = await openRaw(`${open.syncUrl}/${boardId}`)
    const rawClosed = closed(raw)
    const query = new Uint8Array([3])
    for (let i = 0; i < 30; i++) raw.send(query)
    expect(await rawClosed).toEqual({ code: 4429, reason: 'rate limited' })

    // Fourth is still allowed, the fifth upgrade within the minute is refused with 429.
    const fourth = await openRaw(`${open.syncUrl}/${boardId}`)
    fourth.close()
    expect(await upgradeStatus(`${open.syncUrl}/${boardId}`)).toBe(429)

    const metrics = await (await fetch(`${open.url}/metrics`)).text()
    expect(metrics).toMatch(/sammen_upgrades_refused_total\{status="429"\} 1/)
    expect(metrics).toMatch(/sammen_connections_refused_total\{code="4429"\} 1/)
  })
})
