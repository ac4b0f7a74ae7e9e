// The user panel's annotations document, `/sync/<boardId>/annotations`, against the real server in
// secured mode: panel members write it, viewers do not, and neither writes the journey.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { issueToken, secretKey, type Role } from '../src/auth/tokens'
import { encodeUpdateMessage as encodeUpdate } from '@sammen/protocol'
import { notes } from './helpers/layout'
import { connectClient, sleep, waitFor, waitSynced, type SyncClient } from './helpers/clients'
import { closed, offer, openRaw, upgradeStatus } from './helpers/rawSocket'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'

const SECRET = 'annotations-integration-secret-0123456789abcdef'
const key = secretKey(SECRET)

let server: ServerProcess
const clients: Array<SyncClient & { closes: number[] }> = []
let boardCounter = 0
const freshBoardId = () => `notes-${Date.now().toString(36)}-${++boardCounter}`

const token = (boardId: string, role: Role) => issueToken(key, { boardId, role, generation: 0, expiresInSeconds: 3600 })

/** A y-websocket client of the journey (`doc` omitted) or the annotations document of a board. */
function client(boardId: string, t: string, doc: 'journey' | 'annotations'): SyncClient & { closes: number[] } {
  const c = connectClient(server.syncUrl, doc === 'journey' ? boardId : `${boardId}/annotations`, { token: t })
  const closes: number[] = []
  c.provider.on('connection-close', (event) => {
    if (event) closes.push(event.code)
  })
  const tracked = Object.assign(c, { closes })
  clients.push(tracked)
  return tracked
}

// Same layout as packages/sync/src/annotations: one map entry per annotation, keyed by its id.
const annotations = (c: SyncClient) => c.doc.getMap<Record<string, unknown>>('annotations')
const annotation = (id: string, text: string) => ({
  id,
  targetShapeId: 'shape:step-1',
  feeling: 2,
  text,
  author: { name: 'Panel Petra', affiliation: 'innbygger' },
  createdAt: Date.now(),
  handled: null,
})

beforeAll(async () => {
  server = await startServerProcess({ env: { SAMMEN_TOKEN_SECRET: SECRET } })
})

afterEach(() => {
  for (const c of clients.splice(0)) c.destroy()
})

afterAll(async () => {
  await server?.dispose()
})

describe('annotations document', () => {
  it("relays a panel member's annotation to an editor and stores it", async () => {
    const boardId = freshBoardId()
    const editor = client(boardId, await token(boardId, 'editor'), 'annotations')
    const panel = client(boardId, await token(boardId, 'panel'), 'annotations')
    await Promise.all([waitSynced(editor), waitSynced(panel)])

    const note = annotation('note-0001', 'Jeg visste ikke hvem jeg skulle ringe')
    annotations(panel).set('note-0001', note)
    await waitFor(() => annotations(editor).has('note-0001'), 'editor sees the annotation')
    expect(annotations(editor).get('note-0001')?.text).toBe('Jeg visste ikke hvem jeg skulle ringe')

    // The editor marks it handled; the panel member sees that.
    annotations(editor).set('note-0001', { ...note, handled: { by: 'Ed', at: 1 } })
    await waitFor(() => annotations(panel).get('note-0001')?.handled !== null, 'panel sees it handled')
    expect(panel.closes).toEqual([])

    // Stored: a restarted server serves it to a new client. The journey document stays empty.
    for (const c of clients.splice(0)) c.destroy()
    await server.restart()
    const later = client(boardId, await token(boardId, 'viewer'), 'annotations')
    await waitSynced(later)
    await waitFor(() => annotations(later).has('note-0001'), 'annotation survives the restart')
    expect(annotations(later).get('note-0001')?.handled).toEqual({ by: 'Ed', at: 1 })
    const journey = client(boardId, await token(boardId, 'viewer'), 'journey')
    await waitSynced(journey)
    expect(Y.encodeStateVector(journey.doc)).toEqual(new Uint8Array([0])) // no client ever wrote to it
  })

  it("still refuses a panel member's journey update with 4403", async () => {
    const boardId = freshBoardId()
    const editor = client(boardId, await token(boardId, 'editor'), 'journey')
    await waitSynced(editor)
    notes(editor.doc).set('title', 'original')

    const panel = client(boardId, await token(boardId, 'panel'), 'journey')
    await waitSynced(panel)
    await waitFor(() => notes(panel.doc).get('title') === 'original', 'panel reads the journey')
    notes(panel.doc).set('title', 'changed by panel')
    await waitFor(() => panel.closes.includes(4403), 'panel closed with 4403')
    panel.provider.disconnect()
    await sleep(300)
    expect(notes(editor.doc).get('title')).toBe('original')
  })

  it("refuses a panel member's change to an existing annotation with 4403; the others keep it as it was", async () => {
    const boardId = freshBoardId()
    const petra = client(boardId, await token(boardId, 'panel'), 'annotations')
    const editor = client(boardId, await token(boardId, 'editor'), 'annotations')
    await Promise.all([waitSynced(petra), waitSynced(editor)])
    annotations(petra).set('note-0001', annotation('note-0001', 'Jeg visste ikke hvem jeg skulle ringe'))
    await waitFor(() => annotations(editor).has('note-0001'), 'editor sees the annotation')

    const pal = client(boardId, await token(boardId, 'panel'), 'annotations')
    await waitSynced(pal)
    await waitFor(() => annotations(pal).has('note-0001'), 'the second panel member reads it')
    annotations(pal).set('note-0001', annotation('note-0001', 'Overskrevet av en annen'))
    await waitFor(() => pal.closes.includes(4403), 'the overwriting panel member is closed with 4403')
    annotations(pal).delete('note-0001')
    await sleep(300)
    expect(annotations(editor).get('note-0001')?.text).toBe('Jeg visste ikke hvem jeg skulle ringe')
    expect(petra.closes).toEqual([])

    // A later reader gets the original from the server.
    const later = client(boardId, await token(boardId, 'viewer'), 'annotations')
    await waitSynced(later)
    await waitFor(() => annotations(later).has('note-0001'), 'a later reader has the annotation')
    expect(annotations(later).get('note-0001')?.text).toBe('Jeg visste ikke hvem jeg skulle ringe')
  })

  it("refuses a viewer's annotation update with 4403 and changes nothing", async () => {
    const boardId = freshBoardId()
    const editor = client(boardId, await token(boardId, 'editor'), 'annotations')
    await waitSynced(editor)
    annotations(editor).set('note-0002', annotation('note-0002', 'original'))

    const viewer = client(boardId, await token(boardId, 'viewer'), 'annotations')
    await waitSynced(viewer)
    await waitFor(() => annotations(viewer).has('note-0002'), 'viewer reads the annotations')
    expect(viewer.closes).toEqual([]) // reading (and the empty sync step 2) is fine
    annotations(viewer).set('note-0003', annotation('note-0003', 'from a viewer'))
    await waitFor(() => viewer.closes.includes(4403), 'viewer closed with 4403')
    viewer.provider.disconnect()

    // A raw socket gets the reason text too.
    const raw = await openRaw(`${server.syncUrl}/${boardId}/annotations`, offer(await token(boardId, 'viewer')))
    const rawClosed = closed(raw)
    const doc = new Y.Doc()
    doc.getMap('annotations').set('note-0004', annotation('note-0004', 'raw'))
    raw.send(encodeUpdate(Y.encodeStateAsUpdate(doc)))
    expect(await rawClosed).toEqual({ code: 4403, reason: 'read-only role' })

    await sleep(300)
    const fresh = client(boardId, await token(boardId, 'editor'), 'annotations')
    await waitSynced(fresh)
    await waitFor(() => annotations(fresh).has('note-0002'), 'fresh client synced')
    expect([...annotations(fresh).keys()]).toEqual(['note-0002'])
    expect([...annotations(editor).keys()]).toEqual(['note-0002'])
  })

  it('applies the same token rules as the journey and refuses other paths', async () => {
    const boardId = freshBoardId()
    expect(await upgradeStatus(`${server.syncUrl}/${boardId}/annotations`)).toBe(401)
    expect(await upgradeStatus(`${server.syncUrl}/${boardId}/annotations`, offer(await token(freshBoardId(), 'panel')))).toBe(403)
    expect(await upgradeStatus(`${server.syncUrl}/${boardId}/other`, offer(await token(boardId, 'panel')))).toBe(404)
  })
})
