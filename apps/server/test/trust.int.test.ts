// The trust boundary against the real server process, beyond the seeded attacks of hostile.int.test.ts: presence
// bound to the participant, honest offline work merging exactly as before, the server deciding dot voting, every
// HTTP request answered, versions checked, and no single update stalling the server.
import { createParticipantKey } from '@sammen/protocol'
import * as encoding from 'lib0/encoding'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { issueToken, secretKey, type Role } from '../src/auth/tokens'
import { boardDoc } from './helpers/boardDoc'
import { addPainPoint, addStepCard, fieldOf, writeField } from './helpers/boardRecords'
import { connectClient, sleep, waitFor, waitSynced, type ConnectOptions, type SyncClient } from './helpers/clients'
import { notes } from './helpers/layout'
import { offer, openRaw } from './helpers/rawSocket'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'

const SECRET = 'trust-suite-secret-0123456789abcdefghijklmnopq'
const key = secretKey(SECRET)
/** Step cards in one update of close to the largest frame the server takes (MAX_MESSAGE_BYTES, 8 MiB): 7.2 MB. */
const MAXIMAL_CARDS = 18_000

let server: ServerProcess
const clients: SyncClient[] = []
let counter = 0
const freshBoardId = () => `trust-${Date.now().toString(36)}-${++counter}`
const token = (boardId: string, role: Role) => issueToken(key, { boardId, role, generation: 0, expiresInSeconds: 3600 })

beforeAll(async () => {
  server = await startServerProcess({ env: { SAMMEN_TOKEN_SECRET: SECRET, MAX_SNAPSHOTS_PER_BOARD: '2' } })
})
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy()
})
afterAll(async () => {
  await server?.dispose()
})

/** A y-websocket client of a board's document that records its close codes. */
async function client(boardId: string, role: Role, options: ConnectOptions & { doc?: Y.Doc; annotations?: boolean } = {}) {
  const c = connectClient(server.syncUrl, options.annotations ? `${boardId}/annotations` : boardId, { ...options, token: await token(boardId, role) })
  const closes: number[] = []
  c.provider.on('connection-close', (event) => event && closes.push(event.code))
  clients.push(c)
  await waitSynced(c)
  return Object.assign(c, { closes })
}

const names = (c: SyncClient) =>
  [...c.provider.awareness.getStates().values()].map((state) => (state as { user?: { name?: string } }).user?.name).filter(Boolean).sort()

describe('presence is bound to the participant', () => {
  it("a stock client echoes others' presence; when it leaves, only its own presence goes", async () => {
    const boardId = freshBoardId()
    const kari = await client(boardId, 'facilitator')
    kari.provider.awareness.setLocalStateField('user', { name: 'Kari' })
    const echo = await client(boardId, 'viewer')
    echo.provider.awareness.setLocalStateField('user', { name: 'Vera' })
    const watcher = await client(boardId, 'editor')
    watcher.provider.awareness.setLocalStateField('user', { name: 'Erik' })
    await waitFor(() => names(watcher).join() === 'Erik,Kari,Vera', 'everyone sees everyone')
    // Vera's stock client has relayed Kari's presence back to the server all along; leaving takes only hers.
    echo.provider.destroy()
    await waitFor(() => names(watcher).join() === 'Erik,Kari', 'Vera is gone, Kari stays')
    await sleep(300)
    expect(names(watcher)).toEqual(['Erik', 'Kari'])
  })

  it('a participant who reconnects keeps their presence; the old socket leaving later does not remove it', async () => {
    const boardId = freshBoardId()
    const participantKey = createParticipantKey()
    const doc = new Y.Doc()
    const first = await client(boardId, 'editor', { participantKey, doc })
    first.provider.awareness.setLocalStateField('user', { name: 'Ola' })
    const watcher = await client(boardId, 'viewer')
    await waitFor(() => names(watcher).includes('Ola'), 'watcher sees Ola')
    // The same tab's document on a new socket (the old one not yet gone, as after a network switch).
    const second = connectClient(server.syncUrl, boardId, { participantKey, doc, token: await token(boardId, 'editor') })
    clients.push(second)
    await waitSynced(second)
    second.provider.awareness.setLocalStateField('user', { name: 'Ola' })
    first.provider.ws?.close()
    first.provider.shouldConnect = false
    await sleep(500)
    expect(names(watcher)).toContain('Ola')
  })
})

describe('honest work merges as before', () => {
  it('a viewer reconnecting to a board with deletions is not cut off (its step 2 resends the whole delete set)', async () => {
    const boardId = freshBoardId()
    const editor = await client(boardId, 'editor')
    for (let i = 0; i < 5; i++) notes(editor.doc).set('k', `v${i}`)
    notes(editor.doc).delete('k')
    const viewer = await client(boardId, 'viewer')
    await waitFor(() => notes(viewer.doc).size === 0 && Y.encodeStateVector(viewer.doc).length > 1, 'viewer synced')
    viewer.provider.disconnect()
    viewer.provider.connect()
    await waitSynced(viewer)
    await sleep(300)
    expect(viewer.closes.filter((code) => code >= 4000)).toEqual([])
    expect(viewer.provider.wsconnected).toBe(true)
  })

  it("a citizen's comment written offline reaches the board after a server restart, under the same participant key", async () => {
    const boardId = freshBoardId()
    const participantKey = createParticipantKey()
    const doc = new Y.Doc()
    const panel = await client(boardId, 'panel', { participantKey, doc, annotations: true })
    const note = (id: string, text: string) => ({ id, targetShapeId: 'shape:a', feeling: 3, text, author: { name: 'Petra', affiliation: 'innbygger' }, createdAt: 1, handled: null })
    doc.getMap('annotations').set('note-online1', note('note-online1', 'På nett'))
    const editor = await client(boardId, 'editor', { annotations: true })
    await waitFor(() => editor.doc.getMap('annotations').has('note-online1'), 'editor sees the first')
    panel.provider.disconnect()
    doc.getMap('annotations').set('note-offline', note('note-offline', 'Skrevet uten nett'))
    for (const c of clients.splice(0)) if (c !== panel) c.destroy()
    await server.restart()
    panel.provider.connect()
    const later = await client(boardId, 'facilitator', { annotations: true })
    await waitFor(() => later.doc.getMap('annotations').has('note-offline'), 'the offline comment arrived')
    expect(panel.closes.filter((code) => code >= 4000)).toEqual([])
    clients.push(panel)
  })

  it("an editor's long offline session, continued after a reload in the same browser, merges with a colleague's edits", async () => {
    const boardId = freshBoardId()
    const participantKey = createParticipantKey()
    const tab = new Y.Doc()
    const kari = await client(boardId, 'editor', { participantKey, doc: tab })
    const records = tab.getMap<Y.Array<{ k: string; v: unknown }>>('records')
    tab.transact(() => {
      for (let i = 0; i < 100; i++) addStepCard(tab, `shape:${i}`, { x: i })
    })
    const ola = await client(boardId, 'editor')
    await waitFor(() => ola.doc.getMap('records').size === 100, 'ola has the cards')
    kari.provider.disconnect()
    // An hour offline: every card moved many times, some deleted.
    for (let round = 0; round < 30; round++) {
      tab.transact(() => {
        for (let i = 0; i < 100; i++) {
          if (records.has(`shape:${i}`)) writeField(tab, `shape:${i}`, 'x', round * 1000 + i)
        }
      })
    }
    for (let i = 90; i < 100; i++) records.delete(`shape:${i}`)
    // Meanwhile a colleague edits online.
    notes(ola.doc).set('ola-1', 'online meanwhile')
    // The tab is closed; a new one in the same browser loads the old client's work from storage (same key).
    const stored = Y.encodeStateAsUpdate(tab)
    kari.destroy()
    const reopened = new Y.Doc()
    Y.applyUpdate(reopened, stored)
    await client(boardId, 'editor', { participantKey, doc: reopened })
    await waitFor(() => ola.doc.getMap('records').size === 90, 'ola sees the deletions')
    await waitFor(() => fieldOf(ola.doc, 'shape:5', 'x') === 29_005, 'ola sees the last move')
    await waitFor(() => notes(reopened).has('ola-1'), "kari's tab has ola's comment")
  })

  it('another browser cannot continue under client ids it did not write; a stock client without a key can after its first connection only write new ones', async () => {
    const boardId = freshBoardId()
    const doc = new Y.Doc()
    const kari = await client(boardId, 'editor', { doc })
    notes(doc).set('mine', 1)
    const check = await client(boardId, 'viewer')
    await waitFor(() => notes(check.doc).has('mine'), 'the first edit arrived')
    kari.destroy()
    // The same client id's next clocks, from a browser with another key: refused, nothing stored.
    notes(doc).set('later', 2)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    copy.clientID = doc.clientID
    const stranger = connectClient(server.syncUrl, boardId, { doc: copy, token: await token(boardId, 'editor') })
    clients.push(stranger)
    const closes: number[] = []
    stranger.provider.on('connection-close', (event) => event && closes.push(event.code))
    await waitFor(() => closes.includes(4403), 'the stranger is refused (4403)')
    await sleep(200)
    expect(notes(check.doc).has('later')).toBe(false)
    // A stock client that offers no key holds what it writes only while its socket lives.
    const keyless = new Y.Doc()
    const first = await client(boardId, 'editor', { doc: keyless, participantKey: null })
    notes(keyless).set('keyless-1', 1)
    await waitFor(() => notes(check.doc).has('keyless-1'), 'the keyless edit arrived')
    first.provider.disconnect()
    notes(keyless).set('keyless-2', 2)
    first.provider.connect()
    await waitFor(() => first.closes.includes(4403), 'its next connection may not extend the old client id')
  })

  it('a stock client writing values our browsers would skip (a forged comment, a day-long countdown) is refused and nothing is stored', async () => {
    const boardId = freshBoardId()
    const check = await client(boardId, 'viewer')
    const forger = await client(boardId, 'facilitator', { participantKey: null })
    forger.doc.getMap('comments').set('c-forged-1', { id: 'c-someone-else', cardId: 'shape:a', authorId: 'x', authorName: 'X', text: 'Hei', mentions: [], createdAt: 1 })
    await waitFor(() => forger.closes.includes(4403), 'the forged comment is refused (4403)')
    forger.destroy()
    const timer = await client(boardId, 'facilitator', { participantKey: null })
    timer.doc.getMap('facilitation').set('timer', { status: 'running', durationMs: 86_400_000, remainingMs: 86_400_000, writtenAt: 1 })
    await waitFor(() => timer.closes.includes(4403), 'the countdown is refused (4403)')
    await sleep(200)
    expect(check.doc.getMap('comments').size).toBe(0)
    expect(check.doc.getMap('facilitation').has('timer')).toBe(false)
  })

  it('an update sent before what it builds on is refused with 4009, and the client catches up by itself on the next connection', async () => {
    const boardId = freshBoardId()
    const other = new Y.Doc() // a second tab, never connected: its edit reaches the first only through BroadcastChannel
    notes(other).set('from-other-tab', 'x')
    const doc = new Y.Doc()
    const tab = await client(boardId, 'editor', { doc })
    // Applied with the provider as origin, as y-websocket applies what arrives over BroadcastChannel: not resent.
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), tab.provider)
    // y-websocket only sends local changes: this one deletes the other tab's entry, which the server lacks.
    notes(doc).delete('from-other-tab')
    await waitFor(() => tab.closes.includes(4009), 'closed with 4009')
    await waitFor(() => tab.provider.wsconnected && tab.provider.synced, 'reconnected and in step')
    const check = await client(boardId, 'viewer')
    await waitFor(() => Y.encodeStateVector(check.doc).length === Y.encodeStateVector(doc).length, 'the server has both tabs’ clocks')
    expect(notes(check.doc).has('from-other-tab')).toBe(false)
  })
})

describe('dot voting is decided by the server', () => {
  const votes = async (boardId: string, path: string, bearer: string, participant: string | null, body?: unknown) => {
    const response = await fetch(`${server.url}/api/boards/${boardId}/votes${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${bearer}`,
        ...(participant ? { 'x-sammen-participant': participant } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: response.status, json: (await response.json()) as Record<string, unknown> }
  }

  it('runs the round for facilitators only, keeps the budget, hides dots until the reveal, and writes only counts', async () => {
    const boardId = freshBoardId()
    const facilitator = await token(boardId, 'facilitator')
    const editor = await token(boardId, 'editor')
    const viewer = await token(boardId, 'viewer')
    const kari = await client(boardId, 'facilitator')
    addPainPoint(kari.doc, 'shape:pain')
    addStepCard(kari.doc, 'shape:step')
    await sleep(200)

    expect((await votes(boardId, '/round', editor, null, { budget: 2 })).status).toBe(403)
    const started = await votes(boardId, '/round', facilitator, null, { budget: 2 })
    expect(started.status).toBe(200)
    const roundId = started.json.id as string
    await waitFor(() => (kari.doc.getMap('facilitation').get('voting') as { id?: string } | undefined)?.id === roundId, 'the round is in the document')

    const ola = createParticipantKey()
    const per = createParticipantKey()
    expect((await votes(boardId, '', viewer, createParticipantKey(), { roundId, cardId: 'shape:pain' })).status).toBe(403)
    expect((await votes(boardId, '', editor, null, { roundId, cardId: 'shape:pain' })).status).toBe(400)
    expect((await votes(boardId, '', editor, ola, { roundId, cardId: 'shape:step' })).json.code).toBe('not-votable')
    expect((await votes(boardId, '', editor, ola, { roundId: 'old-round', cardId: 'shape:pain' })).json.code).toBe('stale-round')
    // Five at once from one participant (two tabs, a script): two dots, the budget.
    const burst = await Promise.all(Array.from({ length: 5 }, () => votes(boardId, '', editor, ola, { roundId, cardId: 'shape:pain' })))
    expect(burst.filter((answer) => answer.status === 200)).toHaveLength(2)
    expect(burst.filter((answer) => answer.json.code === 'budget-used')).toHaveLength(3)
    await votes(boardId, '', editor, per, { roundId, cardId: 'shape:pain' })
    // Each sees only their own dots; nothing about them is in the shared document before the reveal.
    expect((await votes(boardId, '', editor, per)).json).toEqual({ roundId, mine: ['shape:pain'], left: 1 })
    expect((await votes(boardId, '', editor, ola)).json).toEqual({ roundId, mine: ['shape:pain', 'shape:pain'], left: 0 })
    expect(kari.doc.getMap('facilitation').has('voteResults')).toBe(false)
    expect(kari.doc.getMap('votes').size).toBe(0)

    expect((await votes(boardId, '/reveal', editor, null, { roundId })).status).toBe(403)
    const revealed = await votes(boardId, '/reveal', facilitator, null, { roundId })
    expect(revealed.json).toEqual({ roundId, status: 'final', tallies: [{ cardId: 'shape:pain', dots: 3 }], voters: 2 })
    await waitFor(() => kari.doc.getMap('facilitation').has('voteResults'), 'results in the document')
    expect(kari.doc.getMap('facilitation').get('voteResults')).toEqual(revealed.json)
    expect((await votes(boardId, '', editor, per, { roundId, cardId: 'shape:pain' })).json.code).toBe('closed')

    expect((await votes(boardId, '/end', facilitator, null, {})).status).toBe(200)
    await waitFor(() => !kari.doc.getMap('facilitation').has('voting'), 'the round is gone')
  })
})

describe('HTTP and the versions API', () => {
  it('answers every request target, odd or malformed, and keeps serving', async () => {
    const net = await import('node:net')
    const raw = (target: string) =>
      new Promise<string>((resolve) => {
        const socket = net.connect(server.port, '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`))
        let answer = ''
        socket.on('data', (chunk) => (answer += chunk.toString()))
        socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''))
        socket.on('error', () => resolve(answer.split('\r\n')[0] ?? ''))
        socket.setTimeout(3000, () => {
          socket.destroy()
        })
      })
    for (const target of ['//', '//evil.example/x', '/%E0%A4%A', '/api/boards/%ZZ/snapshots', '/b/%00', '/sync/../../etc', '/api//mode', '/healthz?%']) {
      expect(await raw(target), target).toMatch(/^HTTP\/1\.1 [1-5]\d\d /)
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })

  it('sends the security headers and makes invite links only for a trusted Host', async () => {
    const response = await fetch(`${server.url}/healthz`)
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('permissions-policy')).toContain('camera=()')
    expect(response.headers.get('strict-transport-security')).toBeNull() // no https PUBLIC_URL here
    const boardId = freshBoardId()
    const http = await import('node:http')
    const invite = (host: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = http.request(
          { host: '127.0.0.1', port: server.port, path: `/api/boards/${boardId}/invites`, method: 'POST', headers: { host, 'content-type': 'application/json' } },
          (res) => {
            let body = ''
            res.on('data', (chunk) => (body += chunk))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
          },
        )
        request.on('error', reject)
        void token(boardId, 'facilitator').then((t) => {
          request.setHeader('authorization', `Bearer ${t}`)
          request.end(JSON.stringify({ role: 'viewer', expiresInHours: 1 }))
        })
      })
    const forged = await invite('evil.example')
    expect(forged.status).toBe(400)
    expect(JSON.parse(forged.body)).toMatchObject({ code: 'no-public-url' })
    const local = await invite(`localhost:${server.port}`)
    expect(local.status).toBe(201)
    expect(JSON.parse(local.body).url).toMatch(new RegExp(`^http://localhost:${server.port}/b/${boardId}#token=`))
  })

  it('takes a version only as one complete board state of a known schema, within the board quota', async () => {
    const boardId = freshBoardId()
    const bearer = await token(boardId, 'editor')
    const post = (id: string, state: Uint8Array) =>
      fetch(`${server.url}/api/boards/${boardId}/snapshots`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id, name: 'Versjon', createdAt: 1, kind: 'named', state: Buffer.from(state).toString('base64') }),
      }).then(async (res) => ({ status: res.status, json: (await res.json()) as { error?: string; code?: string } }))
    const board = boardDoc()
    notes(board).set('k', 'v')
    const good = Y.encodeStateAsUpdate(board)
    expect((await post('trailing', new Uint8Array([...good, 0, 0]))).json.error).toMatch(/trailing bytes/)
    expect((await post('zeros123', new Uint8Array(1024 * 1024))).status).toBe(400)
    const notABoard = new Y.Doc()
    notes(notABoard).set('k', 'v')
    expect((await post('notboard', Y.encodeStateAsUpdate(notABoard))).json.error).toMatch(/no record schema/)
    const newer = boardDoc()
    const schema = newer.getMap('meta').get('schema') as { sequences: Record<string, number> }
    newer.getMap('meta').set('schema', { ...schema, sequences: { ...schema.sequences, 'com.tldraw.shape.geo': 999 } })
    expect((await post('newer123', Y.encodeStateAsUpdate(newer))).json.error).toMatch(/newer version of Sammen/)
    const strange = boardDoc()
    strange.getMap('junk').set('x', 1)
    expect((await post('strange1', Y.encodeStateAsUpdate(strange))).json.error).toMatch(/unknown part "junk"/)
    expect((await post('version-1', good)).status).toBe(201)
    expect((await post('version-2', good)).status).toBe(201)
    // The quota (MAX_SNAPSHOTS_PER_BOARD=2 here): a third is refused with a reason, a retried upload is not.
    expect(await post('version-3', good)).toMatchObject({ status: 409, json: { code: 'quota' } })
    expect((await post('version-2', good)).status).toBe(200)
  })
})

describe('no single update stalls the server', () => {
  /** The server's own longest event-loop stall since the previous scrape (prom-client resets it per scrape). */
  const maxLagMs = async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text()
    return Number(/^nodejs_eventloop_lag_max_seconds ([\d.e+-]+)$/m.exec(text)?.[1] ?? NaN) * 1000
  }

  it('keeps its event loop free (no stall over 150 ms) and /healthz answering while a maximal allowed update is applied', async () => {
    const boardId = freshBoardId()
    // Close to the 8 MiB frame limit: 18,000 new step cards in one update, each checked whole, encoded beforehand.
    const writer = new Y.Doc()
    writer.transact(() => {
      for (let i = 0; i < MAXIMAL_CARDS; i++) addStepCard(writer, `shape:${i}`, { x: i })
    })
    const big = encodeFrame(0, 2, Y.encodeStateAsUpdate(writer))
    const raw = await openRaw(`${server.syncUrl}/${boardId}`, offer(await token(boardId, 'editor'), createParticipantKey()))
    // Frames of one socket are handled in order: the answer to this step 1 comes once the big update is in.
    const applied = new Promise<void>((resolve) => raw.on('message', (data: Buffer) => data[0] === 0 && data[1] === 1 && resolve()))
    await maxLagMs()
    raw.send(big)
    raw.send(encodeFrame(0, 0, Y.encodeStateVector(writer)))
    let done = false
    void applied.then(() => (done = true))
    const healthz: number[] = []
    while (!done) {
      const started = performance.now()
      await fetch(`${server.url}/healthz`)
      healthz.push(performance.now() - started)
      await sleep(5)
    }
    const lag = await maxLagMs()
    raw.close()
    const detail = `longest stall ${Math.round(lag)} ms; /healthz took ${healthz.map(Math.round).join(', ')} ms`
    if (process.env.SHOW_DELAYS) console.log(detail)
    expect(lag, detail).toBeLessThan(150)
    expect(Math.max(...healthz), detail).toBeLessThan(200)
    const check = await client(boardId, 'viewer')
    expect(check.doc.getMap('records').size).toBe(MAXIMAL_CARDS)
  })
})

function encodeFrame(type: number, syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, type)
  encoding.writeVarUint(encoder, syncType)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}
