import { CloseCode, CloseReason, DEFAULT_UPDATE_LIMITS, readUpdate, type DocKey, type DocKind, type Role } from '@sammen/protocol'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addStepCard, stepCardEntries, writeField } from '../../test/helpers/boardRecords'
import { ClientOwners, type ClientOwnerStore, type OwnerId } from './owners'
import { checkUpdate, type GuardVerdict } from './updateGuard'

/** Claims in memory, as the storage adapters keep them. */
function memoryOwnerStore(): ClientOwnerStore {
  const claims = new Map<number, string>()
  return {
    loadClientOwners: async () => new Map(claims),
    claimClients: async (_docKey, owner, ids) => {
      for (const id of ids) if (!claims.has(id)) claims.set(id, owner)
      return new Map(ids.map((id) => [id, claims.get(id)!]))
    },
  }
}

const KARI = 'k:kari' as OwnerId
const OLA = 'k:ola' as OwnerId
const PETRA = 'k:petra' as OwnerId

/** A server-side document with its owners, and client documents that write into it. */
function setup(kind: DocKind = 'journey') {
  const server = new Y.Doc()
  const owners = new ClientOwners('board-1' as DocKey, memoryOwnerStore())
  const clients = new Map<OwnerId, Y.Doc>()
  const client = (owner: OwnerId) => {
    let doc = clients.get(owner)
    if (!doc) {
      doc = new Y.Doc()
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(server))
      clients.set(owner, doc)
    }
    return doc
  }
  /** Checks what `owner` (with `role`) sends and, when allowed, claims and applies it as the room would. */
  const send = async (owner: OwnerId, role: Role, update: Uint8Array): Promise<GuardVerdict> => {
    const parsed = readUpdate(update, DEFAULT_UPDATE_LIMITS)
    const context = { kind, role, owner, owners }
    const verdict = checkUpdate(server, parsed, context)
    // A refused client is closed and starts over from the server's state (its local change never left it).
    if (!verdict.ok) clients.delete(owner)
    if (!verdict.ok) return verdict
    if ((await owners.claim(verdict.unclaimed, owner)).length > 0) {
      return { ok: false, code: CloseCode.forbidden, reason: CloseReason.notYourClient, detail: 'taken' }
    }
    Y.applyUpdate(server, update)
    for (const doc of clients.values()) Y.applyUpdate(doc, update)
    return verdict
  }
  /** What a change on `owner`'s client document sends: its incremental update. */
  const edit = (owner: OwnerId, change: (doc: Y.Doc) => void): Uint8Array => {
    const doc = client(owner)
    const before = Y.encodeStateVector(doc)
    doc.transact(() => change(doc))
    return Y.encodeStateAsUpdate(doc, before)
  }
  return { server, owners, client, send, edit }
}

const refusal = (verdict: GuardVerdict) => (verdict.ok ? null : { code: verdict.code, reason: verdict.reason })

const annotation = (id: string, text = 'Jeg visste ikke hvem jeg skulle ringe') => ({
  id,
  targetShapeId: 'shape:step-1',
  feeling: 2,
  text,
  author: { name: 'Petra', affiliation: 'innbygger' },
  createdAt: 1_760_000_000_000,
  handled: null,
})

/** One struct of client `client` at `clock`, written by hand: a GC range, or a map entry under a root. */
function handMadeUpdate(structs: Array<{ client: number; clock: number; write: (encoder: encoding.Encoder) => void }>, deleteSet: Array<[number, number, number]> = []) {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, structs.length)
  for (const struct of structs) {
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarUint(encoder, struct.client)
    encoding.writeVarUint(encoder, struct.clock)
    struct.write(encoder)
  }
  encoding.writeVarUint(encoder, deleteSet.length)
  for (const [client, clock, length] of deleteSet) {
    encoding.writeVarUint(encoder, client)
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarUint(encoder, length)
  }
  return encoding.toUint8Array(encoder)
}
const gc = (length: number) => (encoder: encoding.Encoder) => {
  encoding.writeUint8(encoder, 0)
  encoding.writeVarUint(encoder, length)
}
const mapEntry = (root: string, key: string, value: unknown, origin?: { client: number; clock: number }) => (encoder: encoding.Encoder) => {
  if (origin) {
    encoding.writeUint8(encoder, 8 | 0x80)
    encoding.writeVarUint(encoder, origin.client)
    encoding.writeVarUint(encoder, origin.clock)
  } else {
    encoding.writeUint8(encoder, 8 | 0x20)
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarString(encoder, root)
    encoding.writeVarString(encoder, key)
  }
  encoding.writeVarUint(encoder, 1)
  encoding.writeAny(encoder, value as never)
}

describe('update guard: the journey', () => {
  it('refuses writing under more than 64 new client ids in one update', async () => {
    const { send } = setup()
    const sections = Array.from({ length: 65 }, (_, i) => ({ client: 10_000 + i, clock: 0, write: gc(1) }))
    expect(refusal(await send(KARI, 'editor', handMadeUpdate(sections)))).toEqual({ code: CloseCode.tooLarge, reason: CloseReason.tooLarge })
  })

  it('lets an editor write records and claims their client id', async () => {
    const { send, edit, client } = setup()
    const update = edit(KARI, (doc) => {
      addStepCard(doc, 'shape:a', { x: 10 })
      doc.getMap('meta').set('title', 'Bygge hus')
    })
    const verdict = await send(KARI, 'editor', update)
    expect(verdict).toMatchObject({ ok: true, unclaimed: [client(KARI).clientID], changes: true })
  })

  it('refuses every new struct from a viewer or a panel member, but accepts their resent delete set', async () => {
    const { send, edit, client } = setup()
    await send(KARI, 'editor', edit(KARI, (doc) => doc.getMap('meta').set('title', 'Før')))
    await send(KARI, 'editor', edit(KARI, (doc) => doc.getMap('meta').set('title', 'Etter')))
    // What y-websocket answers the server's step 1 with: nothing new, but the whole delete set.
    const viewerDoc = client(OLA)
    const stepTwo = Y.encodeStateAsUpdate(viewerDoc, Y.encodeStateVector(client(KARI)))
    expect(readUpdate(stepTwo, DEFAULT_UPDATE_LIMITS).deleteSet.size).toBe(1)
    expect(await send(OLA, 'viewer', stepTwo)).toMatchObject({ ok: true, changes: false })
    expect(refusal(await send(OLA, 'viewer', edit(OLA, (doc) => doc.getMap('meta').set('title', 'Mitt'))))).toEqual({
      code: CloseCode.forbidden,
      reason: CloseReason.readOnlyRole,
    })
    expect(refusal(await send(PETRA, 'panel', edit(PETRA, (doc) => doc.getMap('meta').delete('title'))))).toMatchObject({ code: CloseCode.forbidden })
  })

  it('keeps follow me and the countdown for facilitators, and the voting round for the server', async () => {
    const { send, edit } = setup()
    const follow = { leaderId: 'p1', leaderName: 'Kari', sessionId: 's1', startedAt: 1 }
    expect(refusal(await send(OLA, 'editor', edit(OLA, (doc) => doc.getMap('facilitation').set('follow', follow))))).toEqual({
      code: CloseCode.forbidden,
      reason: CloseReason.facilitatorOnly,
    })
    expect(await send(KARI, 'facilitator', edit(KARI, (doc) => doc.getMap('facilitation').set('follow', follow)))).toMatchObject({ ok: true })
    const round = { id: 'round1', budget: 99, phase: 'revealed', types: ['pain-point'], startedAt: 1 }
    expect(refusal(await send(KARI, 'facilitator', edit(KARI, (doc) => doc.getMap('facilitation').set('voting', round))))).toMatchObject({
      code: CloseCode.forbidden,
    })
    expect(refusal(await send(KARI, 'facilitator', edit(KARI, (doc) => doc.getMap('votes').set('round1/p1/0', 'shape:a'))))).toMatchObject({
      code: CloseCode.forbidden,
    })
  })

  it('lets people remove their own comments; only facilitators remove anyone else\'s', async () => {
    const { send, edit } = setup()
    const comment = (id: string) => ({ id, cardId: 'shape:a', authorId: 'p', authorName: 'Ola', text: 'Hei', mentions: [], createdAt: 1 })
    await send(OLA, 'editor', edit(OLA, (doc) => doc.getMap('comments').set('c-ola-1', comment('c-ola-1'))))
    await send(OLA, 'editor', edit(OLA, (doc) => doc.getMap('comments').set('c-ola-2', comment('c-ola-2'))))
    expect(refusal(await send(PETRA, 'editor', edit(PETRA, (doc) => doc.getMap('comments').delete('c-ola-1'))))).toEqual({
      code: CloseCode.forbidden,
      reason: CloseReason.forbiddenEntry,
    })
    expect(refusal(await send(PETRA, 'editor', edit(PETRA, (doc) => doc.getMap('comments').set('c-ola-1', comment('c-ola-1')))))).toMatchObject({
      code: CloseCode.forbidden,
    })
  })

  it("lets a comment's author and a facilitator remove it", async () => {
    const { send, edit } = setup()
    const comment = (id: string) => ({ id, cardId: 'shape:a', authorId: 'p', authorName: 'Ola', text: 'Hei', mentions: [], createdAt: 1 })
    await send(OLA, 'editor', edit(OLA, (doc) => doc.getMap('comments').set('c-ola-1', comment('c-ola-1'))))
    await send(OLA, 'editor', edit(OLA, (doc) => doc.getMap('comments').set('c-ola-2', comment('c-ola-2'))))
    expect(await send(OLA, 'editor', edit(OLA, (doc) => doc.getMap('comments').delete('c-ola-1')))).toMatchObject({ ok: true, changes: true })
    expect(await send(KARI, 'facilitator', edit(KARI, (doc) => doc.getMap('comments').delete('c-ola-2')))).toMatchObject({ ok: true })
  })

  it('refuses roots, content and places outside the layout', async () => {
    const { send, edit } = setup()
    expect(refusal(await send(KARI, 'facilitator', edit(KARI, (doc) => doc.getMap('junk').set('x', 1))))).toMatchObject({ reason: CloseReason.outsideLayout })
    expect(refusal(await send(KARI, 'facilitator', edit(KARI, (doc) => doc.getText('records').insert(0, 'hei'))))).toMatchObject({
      reason: CloseReason.outsideLayout,
    })
    expect(refusal(await send(KARI, 'facilitator', edit(KARI, (doc) => doc.getMap('meta').set('schema2', 1))))).toMatchObject({ reason: CloseReason.outsideLayout })
    expect(refusal(await send(KARI, 'facilitator', edit(KARI, (doc) => doc.getMap('meta').set('title', new Uint8Array([1])))))).toMatchObject({
      reason: CloseReason.outsideLayout,
    })
    // Values the browsers would skip are refused: a comment filed under another id, a countdown of a day, a long title.
    const comment = { id: 'c-other-id', cardId: 'shape:a', authorId: 'p', authorName: 'Kari', text: 'Hei', mentions: [], createdAt: 1 }
    expect(refusal(await send(KARI, 'facilitator', edit(KARI, (doc) => doc.getMap('comments').set('c-mine-1', comment))))).toMatchObject({ reason: CloseReason.invalidValue })
    const timer = { status: 'running', durationMs: 86_400_000, remainingMs: 86_400_000, writtenAt: 1 }
    expect(refusal(await send(KARI, 'facilitator', edit(KARI, (doc) => doc.getMap('facilitation').set('timer', timer))))).toMatchObject({ reason: CloseReason.invalidValue })
    expect(refusal(await send(KARI, 'facilitator', edit(KARI, (doc) => doc.getMap('meta').set('title', 'x'.repeat(201)))))).toMatchObject({ reason: CloseReason.invalidValue })
    expect(refusal(await send(KARI, 'facilitator', edit(KARI, (doc) => doc.getMap('records').set('shape:a', 'not a field log'))))).toMatchObject({
      reason: CloseReason.outsideLayout,
    })
    const fields = (entries: unknown[]) => (doc: Y.Doc) => {
      const array = new Y.Array()
      array.push(entries)
      doc.getMap('records').set('shape:b', array)
    }
    expect(refusal(await send(KARI, 'facilitator', edit(KARI, fields(['no entry']))))).toMatchObject({ reason: CloseReason.invalidValue })
    expect(refusal(await send(KARI, 'facilitator', edit(KARI, fields([{ k: 'x', v: 1n }]))))).toMatchObject({ reason: CloseReason.invalidValue })
  })
})

describe('update guard: the board records', () => {
  const withCard = async () => {
    const kit = setup()
    await kit.send(KARI, 'editor', kit.edit(KARI, (doc) => addStepCard(doc, 'shape:card', { props: { text: 'Søker', agencyId: 'kommunen' } })))
    return kit
  }
  const rawRecord = (id: string, entries: unknown[]) => (doc: Y.Doc) => {
    const array = new Y.Array()
    array.push(entries)
    doc.getMap('records').set(id, array)
  }

  it('takes valid cards and field edits, and a meta field removed', async () => {
    const { send, edit } = await withCard()
    expect(await send(KARI, 'editor', edit(KARI, (doc) => writeField(doc, 'shape:card', 'props.text', 'Søker om byggetillatelse')))).toMatchObject({ ok: true })
    expect(await send(KARI, 'editor', edit(KARI, (doc) => writeField(doc, 'shape:card', 'meta.note', { seen: true })))).toMatchObject({ ok: true })
    const removeNote = edit(KARI, (doc) => {
      const fields = doc.getMap<Y.Array<{ k: string }>>('records').get('shape:card')!
      fields.delete(fields.toArray().findIndex((entry) => entry.k === 'meta.note'), 1)
    })
    expect(await send(KARI, 'editor', removeNote)).toMatchObject({ ok: true, changes: true })
  })

  it('refuses a new card the schema rejects: a pain point without an owner, an unknown channel, a shape type nobody knows', async () => {
    const { send, edit } = setup()
    const painPoint = stepCardEntries('shape:pain').map((entry) => (entry.k === 'type' ? { k: 'type', v: 'pain-point' } : entry))
    const invalid = { code: CloseCode.forbidden, reason: CloseReason.invalidRecord }
    expect(refusal(await send(KARI, 'editor', edit(KARI, rawRecord('shape:pain', painPoint))))).toEqual(invalid)
    const fax = stepCardEntries('shape:fax', { props: { channel: 'fax' as never } })
    expect(refusal(await send(KARI, 'editor', edit(KARI, rawRecord('shape:fax', fax))))).toEqual(invalid)
    const unknownType = stepCardEntries('shape:odd').map((entry) => (entry.k === 'type' ? { k: 'type', v: 'hologram' } : entry))
    expect(refusal(await send(KARI, 'editor', edit(KARI, rawRecord('shape:odd', unknownType))))).toEqual(invalid)
    // Incomplete, filed under another id, or a record type that stays in each browser.
    expect(refusal(await send(KARI, 'editor', edit(KARI, rawRecord('shape:half', stepCardEntries('shape:half').slice(0, 5)))))).toEqual(invalid)
    expect(refusal(await send(KARI, 'editor', edit(KARI, rawRecord('shape:other', stepCardEntries('shape:mine')))))).toEqual(invalid)
    expect(refusal(await send(KARI, 'editor', edit(KARI, rawRecord('camera:page', [{ k: 'x', v: 0 }]))))).toEqual(invalid)
  })

  it('refuses a field edit that makes the card invalid, changes what it is, or removes a field it needs', async () => {
    const { send, edit } = await withCard()
    const invalid = { code: CloseCode.forbidden, reason: CloseReason.invalidRecord }
    expect(refusal(await send(KARI, 'editor', edit(KARI, (doc) => writeField(doc, 'shape:card', 'props.emotion', 7))))).toEqual(invalid)
    expect(refusal(await send(KARI, 'editor', edit(KARI, (doc) => writeField(doc, 'shape:card', 'props.agencyId', 'Not an id!'))))).toEqual(invalid)
    expect(refusal(await send(KARI, 'editor', edit(KARI, (doc) => writeField(doc, 'shape:card', 'props.secret', 'x'))))).toEqual(invalid)
    expect(refusal(await send(KARI, 'editor', edit(KARI, (doc) => writeField(doc, 'shape:card', 'type', 'pain-point'))))).toEqual(invalid)
    expect(refusal(await send(KARI, 'editor', edit(KARI, (doc) => writeField(doc, 'shape:card', 'x', 'left'))))).toEqual(invalid)
    expect(refusal(await send(KARI, 'editor', edit(KARI, (doc) => writeField(doc, 'shape:card', '__proto__', {}))))).toEqual(invalid)
    const removeText = edit(KARI, (doc) => {
      const fields = doc.getMap<Y.Array<{ k: string }>>('records').get('shape:card')!
      fields.delete(fields.toArray().findIndex((entry) => entry.k === 'props.text'), 1)
    })
    expect(refusal(await send(KARI, 'editor', removeText))).toEqual(invalid)
  })

  it('checks a field against the type of the record as it is now, also once the card was replaced by another type', async () => {
    const { send, edit } = await withCard()
    const invalid = { code: CloseCode.forbidden, reason: CloseReason.invalidRecord }
    // A step card's field: learnt once for this card's log.
    expect(await send(KARI, 'editor', edit(KARI, (doc) => writeField(doc, 'shape:card', 'props.channel', 'telefon')))).toMatchObject({ ok: true })
    // The card replaced whole by a pain point under the same id (a new log), as a paste over it would.
    const painPoint = stepCardEntries('shape:card')
      .filter((entry) => !entry.k.startsWith('props.'))
      .map((entry) => (entry.k === 'type' ? { k: 'type', v: 'pain-point' } : entry))
    const pain = [...painPoint, ...Object.entries({ w: 240, h: 148, text: '', severity: 2, category: 'annet', ownerAgencyId: 'kommunen' }).map(([k, v]) => ({ k: `props.${k}`, v }))]
    expect(await send(KARI, 'editor', edit(KARI, rawRecord('shape:card', pain)))).toMatchObject({ ok: true })
    // Now a step card's field is no field of it, and a pain point's is.
    expect(refusal(await send(KARI, 'editor', edit(KARI, (doc) => writeField(doc, 'shape:card', 'props.channel', 'brev'))))).toEqual(invalid)
    expect(await send(KARI, 'editor', edit(KARI, (doc) => writeField(doc, 'shape:card', 'props.severity', 3)))).toMatchObject({ ok: true })
    expect(refusal(await send(KARI, 'editor', edit(KARI, (doc) => writeField(doc, 'shape:card', 'props.severity', 9))))).toEqual(invalid)
  })
})

describe('update guard: client ids and readiness', () => {
  it("refuses a GC range over another participant's next clocks (the annotation it would have swallowed survives)", async () => {
    const { send, edit, client, owners } = setup('annotations')
    await send(PETRA, 'panel', edit(PETRA, (doc) => doc.getMap('annotations').set('note-petra-1', annotation('note-petra-1'))))
    const victim = client(PETRA).clientID
    expect(owners.ownerOf(victim)).toBe(PETRA)
    const next = Y.getState(client(PETRA).store, victim)
    const attack = handMadeUpdate([{ client: victim, clock: next, write: gc(1000) }])
    expect(refusal(await send(OLA, 'panel', attack))).toEqual({ code: CloseCode.forbidden, reason: CloseReason.notYourClient })
    // Petra's next annotation still arrives.
    expect(await send(PETRA, 'panel', edit(PETRA, (doc) => doc.getMap('annotations').set('note-petra-2', annotation('note-petra-2'))))).toMatchObject({ ok: true })
  })

  it('refuses an item sent ahead of its predecessor, a skip range and a delete of clocks not yet seen', async () => {
    const { send } = setup('annotations')
    const ahead = handMadeUpdate([{ client: 77, clock: 5, write: mapEntry('annotations', 'note-abcdef', annotation('note-abcdef')) }])
    expect(refusal(await send(OLA, 'panel', ahead))).toEqual({ code: CloseCode.notReady, reason: CloseReason.notReady })
    const skip = handMadeUpdate([
      {
        client: 78,
        clock: 0,
        write: (encoder) => {
          encoding.writeUint8(encoder, 10)
          encoding.writeVarUint(encoder, 3)
        },
      },
    ])
    expect(refusal(await send(OLA, 'panel', skip))).toMatchObject({ code: CloseCode.notReady })
    expect(refusal(await send(OLA, 'editor', handMadeUpdate([], [[79, 0, 4]])))).toMatchObject({ code: CloseCode.notReady })
    // An origin in a client the server has never heard of.
    const orphan = handMadeUpdate([{ client: 80, clock: 0, write: mapEntry('annotations', 'note-ghijkl', annotation('note-ghijkl'), { client: 81, clock: 3 }) }])
    expect(refusal(await send(OLA, 'panel', orphan))).toMatchObject({ code: CloseCode.notReady })
  })

  it('refuses an item that refers to its own future', async () => {
    const { send } = setup('annotations')
    const future = handMadeUpdate([{ client: 82, clock: 0, write: mapEntry('annotations', 'note-mnopqr', annotation('note-mnopqr'), { client: 82, clock: 9 }) }])
    expect(refusal(await send(OLA, 'panel', future))).toMatchObject({ code: CloseCode.malformed })
  })

  it("merges an honest offline editor's work written under two client ids (two tabs) in one step 2", async () => {
    const { send, server } = setup()
    const tabA = new Y.Doc()
    const tabB = new Y.Doc()
    Y.applyUpdate(tabA, Y.encodeStateAsUpdate(server))
    for (let i = 0; i < 50; i++) {
      addStepCard(i % 2 ? tabA : tabB, `shape:${i}`, { x: i })
      // The tabs talk over BroadcastChannel: each builds on the other's edits.
      Y.applyUpdate(tabA, Y.encodeStateAsUpdate(tabB))
      Y.applyUpdate(tabB, Y.encodeStateAsUpdate(tabA))
    }
    tabA.getMap('records').delete('shape:3')
    const verdict = await send(KARI, 'editor', Y.encodeStateAsUpdate(tabA, Y.encodeStateVector(server)))
    expect(verdict).toMatchObject({ ok: true, changes: true })
    expect(server.getMap('records').size).toBe(49)
  })
})

describe('update guard: annotations', () => {
  it('lets a panel member add annotations and nothing else', async () => {
    const { send, edit } = setup('annotations')
    expect(await send(PETRA, 'panel', edit(PETRA, (doc) => doc.getMap('annotations').set('note-000001', annotation('note-000001'))))).toMatchObject({
      ok: true,
      newAnnotations: 1,
    })
    expect(refusal(await send(PETRA, 'panel', edit(PETRA, (doc) => doc.getMap('annotations').set('note-000001', annotation('note-000001', 'endret')))))).toEqual({
      code: CloseCode.forbidden,
      reason: CloseReason.panelAddsOnly,
    })
    expect(refusal(await send(PETRA, 'panel', edit(PETRA, (doc) => doc.getMap('annotations').delete('note-000001'))))).toMatchObject({
      reason: CloseReason.panelAddsOnly,
    })
    expect(refusal(await send(PETRA, 'panel', edit(PETRA, (doc) => doc.getMap('annotations').set('note-000002', { junk: true }))))).toMatchObject({
      reason: CloseReason.invalidValue,
    })
    expect(refusal(await send(PETRA, 'panel', edit(PETRA, (doc) => doc.getMap('annotations').set('note-000003', annotation('note-other')))))).toMatchObject({
      reason: CloseReason.invalidValue,
    })
  })

  it('refuses more than 20 new annotations in one update', async () => {
    const { send, edit } = setup('annotations')
    const flood = edit(PETRA, (doc) => {
      for (let i = 0; i < 21; i++) doc.getMap('annotations').set(`note-${1000 + i}`, annotation(`note-${1000 + i}`))
    })
    expect(refusal(await send(PETRA, 'panel', flood))).toEqual({ code: CloseCode.tooLarge, reason: CloseReason.tooLarge })
  })

  it('lets an editor mark one handled, but not change or remove it', async () => {
    const { send, edit } = setup('annotations')
    await send(PETRA, 'panel', edit(PETRA, (doc) => doc.getMap('annotations').set('note-000001', annotation('note-000001'))))
    const handled = { ...annotation('note-000001'), handled: { by: 'Kari', at: 2 } }
    expect(await send(KARI, 'editor', edit(KARI, (doc) => doc.getMap('annotations').set('note-000001', handled)))).toMatchObject({ ok: true })
    expect(refusal(await send(KARI, 'editor', edit(KARI, (doc) => doc.getMap('annotations').set('note-000001', { ...handled, text: 'Pyntet' }))))).toEqual({
      code: CloseCode.forbidden,
      reason: CloseReason.forbiddenEntry,
    })
    expect(refusal(await send(KARI, 'facilitator', edit(KARI, (doc) => doc.getMap('annotations').delete('note-000001'))))).toMatchObject({
      code: CloseCode.forbidden,
    })
  })
})
