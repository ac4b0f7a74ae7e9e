// A seeded generator of hostile frames for the hostile-client suite (hostile.int.test.ts). Given what any
// participant can see of a board (both documents and the Yjs client ids in them), it makes the attacks a careful
// attacker would try with a stock client or by hand: clocks of other participants (GC ranges, items written under
// their id), items held back as pending, deletions and replacements of others' entries, roots and content types
// outside the layout, values nested thousands deep, too many structs, forged presence, and plain garbage. Every
// attack here is one the attacker's role may NOT make, so after each one nothing anybody else sees may differ.
import * as prng from 'lib0/prng'
import type { Role } from '@sammen/protocol'
import * as Y from 'yjs'
import { stepCardEntries, writeField, type FieldEntry } from './boardRecords'
import { deepAnyBytes, encodeAwareness, encodeUpdate, frame, type Section } from './updateBuilder'

export type DocName = 'journey' | 'annotations'
export type AttackerRole = Role | 'anonymous'

export interface Attack {
  name: string
  doc: DocName
  frames: Uint8Array[]
}

export interface World {
  journey: Y.Doc
  annotations: Y.Doc
  /** Yjs client ids the honest participants wrote under, per document. */
  victims: Record<DocName, number[]>
  /** Their presence client ids on the journey. */
  presence: number[]
}

const annotation = (id: string, text: string) => ({
  id,
  targetShapeId: 'shape:step-1',
  feeling: 1,
  text,
  author: { name: 'Mallory', affiliation: 'innbygger' },
  createdAt: 1_760_000_000_000,
  handled: null,
})

/** A copy of `source` that writes as `clientId`: what a stock Y.Doc does after a sync, under any id it likes. */
function forgedDoc(source: Y.Doc, clientId: number): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source))
  doc.clientID = clientId
  return doc
}

/** What `change` on a copy of `source` (as `clientId`) adds to it: the update a client would send. */
function forgedUpdate(source: Y.Doc, clientId: number, change: (doc: Y.Doc) => void): Uint8Array {
  const doc = forgedDoc(source, clientId)
  const before = Y.encodeStateVector(doc)
  doc.transact(() => change(doc))
  return Y.encodeStateAsUpdate(doc, before)
}

/** Ids of the items (not GC) of `client` in `doc` that are not deleted: what a deletion would actually remove. */
function liveRanges(doc: Y.Doc, client: number): Array<{ client: number; clock: number; length: number }> {
  return (doc.store.clients.get(client) ?? []).filter((struct) => struct instanceof Y.Item && !struct.deleted).map((struct) => ({ client, clock: struct.id.clock, length: struct.length }))
}

function mapKeys(doc: Y.Doc, root: string): string[] {
  return doc.share.has(root) ? [...doc.getMap(root).keys()] : []
}

function addRecord(doc: Y.Doc, id: string, entries: FieldEntry[]): void {
  const log = new Y.Array<FieldEntry>()
  log.push(entries)
  doc.getMap<Y.Array<FieldEntry>>('records').set(id, log)
}

type Maker = (gen: prng.PRNG, world: World, role: AttackerRole) => Attack | null

const freshClient = (gen: prng.PRNG) => prng.uint32(gen, 1, 0xfffffff0)

const MAKERS: Record<string, Maker> = {
  gcOverVictim: (gen, world) => {
    const doc = prng.oneOf(gen, ['journey', 'annotations'] as const)
    const victim = prng.oneOf(gen, world.victims[doc])
    const next = Y.getState(world[doc].store, victim)
    return { name: `GC range over client ${victim}'s next clocks`, doc, frames: [frame('update', encodeUpdate([{ client: victim, clock: next, structs: [{ kind: 'gc', length: prng.uint32(gen, 1, 5000) }] }]))] }
  },
  itemUnderVictimId: (gen, world) => {
    const doc = prng.oneOf(gen, ['journey', 'annotations'] as const)
    const victim = prng.oneOf(gen, world.victims[doc])
    const update = forgedUpdate(world[doc], victim, (forged) => {
      if (doc === 'annotations') forged.getMap('annotations').set(`note-${prng.word(gen, 8, 8)}`, annotation(`note-x${victim}`, 'I am not who I say'))
      else forged.getMap('comments').set(`c-${prng.word(gen, 8, 8)}`, { text: 'forged' })
    })
    return { name: `item written under client ${victim}'s id`, doc, frames: [frame('update', update)] }
  },
  deleteOthers: (gen, world, role) => {
    // Editors may delete journey records; everything else of others is theirs alone.
    const doc = role === 'editor' || role === 'facilitator' || role === 'anonymous' ? 'annotations' : prng.oneOf(gen, ['journey', 'annotations'] as const)
    const ranges = world.victims[doc].flatMap((victim) => liveRanges(world[doc], victim))
    if (ranges.length === 0) return null
    const chosen = ranges.filter(() => prng.bool(gen))
    return { name: `deletes ${doc} content of others`, doc, frames: [frame('update', encodeUpdate([], chosen.length > 0 ? chosen : ranges))] }
  },
  replaceOthersEntry: (gen, world, role) => {
    const targets: Array<[DocName, string]> = [['annotations', 'annotations']]
    if (role !== 'facilitator' && role !== 'anonymous') targets.push(['journey', 'facilitation'], ['journey', 'comments'])
    if (role === 'viewer' || role === 'panel') targets.push(['journey', 'meta'], ['journey', 'records'])
    const [doc, root] = prng.oneOf(gen, targets)
    const keys = mapKeys(world[doc], root)
    if (keys.length === 0) return null
    const key = prng.oneOf(gen, keys)
    const update = forgedUpdate(world[doc], freshClient(gen), (forged) => {
      if (root === 'annotations') {
        const current = forged.getMap('annotations').get(key) as Record<string, unknown>
        forged.getMap('annotations').set(key, { ...current, text: 'rewritten by someone else' })
      } else if (root === 'records') forged.getMap('records').delete(key)
      else forged.getMap(root).set(key, { hijacked: true })
    })
    return { name: `replaces ${root}.${key}`, doc, frames: [frame('update', update)] }
  },
  pendingItem: (gen) => {
    const client = freshClient(gen)
    const doc = prng.oneOf(gen, ['journey', 'annotations'] as const)
    const root = doc === 'annotations' ? 'annotations' : 'comments'
    const id = `note-${prng.word(gen, 8, 8)}`
    const value = doc === 'annotations' ? annotation(id, 'sent ahead of its predecessor') : { text: 'ahead' }
    const ahead: Section = { client, clock: prng.uint32(gen, 1, 50), structs: [{ kind: 'item', parent: { root }, parentSub: id, content: { kind: 'any', values: [value] } }] }
    const orphan: Section = {
      client,
      clock: 0,
      structs: [{ kind: 'item', origin: { client: freshClient(gen), clock: prng.uint32(gen, 0, 100) }, content: { kind: 'any', values: [value] } }],
    }
    return { name: 'item held back as pending', doc, frames: [frame('update', encodeUpdate([prng.bool(gen) ? ahead : orphan]))] }
  },
  skipThenItem: (gen) => {
    const client = freshClient(gen)
    const section: Section = {
      client,
      clock: 0,
      structs: [{ kind: 'skip', length: 3 }, { kind: 'item', parent: { root: 'annotations' }, parentSub: 'note-skipped', content: { kind: 'any', values: [annotation('note-skipped', 'after a skip')] } }],
    }
    return { name: 'skip range then an item', doc: 'annotations', frames: [frame('update', encodeUpdate([section]))] }
  },
  deepValue: (gen) => {
    const depth = prng.int32(gen, 40, 30_000)
    const section: Section = { client: freshClient(gen), clock: 0, structs: [{ kind: 'item', parent: { root: 'comments' }, parentSub: 'deep', content: { kind: 'raw', ref: 8, bytes: deepAnyBytes(depth), length: 1 } }] }
    return { name: `value nested ${depth} deep`, doc: 'journey', frames: [frame('update', encodeUpdate([section]))] }
  },
  tooManyStructs: (gen) => {
    const count = prng.int32(gen, 50_001, 80_000)
    const section: Section = { client: freshClient(gen), clock: 0, structs: Array.from({ length: count }, () => ({ kind: 'gc' as const, length: 1 })) }
    return { name: `${count} structs in one update`, doc: prng.oneOf(gen, ['journey', 'annotations'] as const), frames: [frame('update', encodeUpdate([section]))] }
  },
  outsideLayout: (gen) => {
    const client = freshClient(gen)
    const choices: Section[] = [
      { client, clock: 0, structs: [{ kind: 'item', parent: { root: prng.oneOf(gen, ['zzz', '__proto__', 'constructor', 'votes']) }, parentSub: 'k', content: { kind: 'any', values: [1] } }] },
      { client, clock: 0, structs: [{ kind: 'item', parent: { root: 'records' }, parentSub: 'shape:text', content: { kind: 'string', text: 'a text where a field log belongs' } }] },
      { client, clock: 0, structs: [{ kind: 'item', parent: { root: 'comments' }, parentSub: 'doc', content: { kind: 'doc', guid: 'subdoc' } }] },
      { client, clock: 0, structs: [{ kind: 'item', parent: { root: 'comments' }, parentSub: 'bin', content: { kind: 'binary', bytes: new Uint8Array([1, 2, 3]) } }] },
      { client, clock: 0, structs: [{ kind: 'item', parent: { root: 'records' }, parentSub: 'shape:xml', content: { kind: 'type', typeRef: 3 } }] },
      { client, clock: 0, structs: [{ kind: 'item', parent: { root: 'comments' }, content: { kind: 'any', values: [1, 2, 3] } }] },
    ]
    return { name: 'content outside the layout', doc: 'journey', frames: [frame('update', encodeUpdate([prng.oneOf(gen, choices)]))] }
  },
  forgedPresence: (gen, world) => {
    if (world.presence.length === 0) return null
    const victim = prng.oneOf(gen, world.presence)
    const entries = [
      { clientId: victim, clock: prng.uint32(gen, 1, 1_000_000), state: { user: { name: 'Not the facilitator', color: '#000000' } } },
      { clientId: victim, clock: Number.MAX_SAFE_INTEGER - 1, state: null },
      ...Array.from({ length: prng.int32(gen, 0, 3) }, (_, i) => ({ clientId: freshClient(gen), clock: i, state: { user: { name: `ghost ${i}` } } })),
    ]
    return { name: `presence of client ${victim}`, doc: 'journey', frames: [frame('awareness', encodeAwareness(entries.filter(() => prng.bool(gen)).concat(entries[0]!)))] }
  },
  tooMuchPresence: (gen) => ({
    name: 'presence for many client ids',
    doc: 'journey',
    frames: [frame('awareness', encodeAwareness(Array.from({ length: prng.int32(gen, 5, 16) }, (_, i) => ({ clientId: freshClient(gen), clock: 1, state: { user: { name: `bot ${i}` } } }))))],
  }),
  garbage: (gen) => {
    const valid = frame('update', forgedUpdate(new Y.Doc(), freshClient(gen), (doc) => doc.getMap('comments').set('x', 'y')))
    const choices = [
      prng.uint8Array(gen, prng.int32(gen, 1, 200)),
      valid.subarray(0, prng.int32(gen, 1, valid.length - 1)),
      new Uint8Array([...valid, ...prng.uint8Array(gen, prng.int32(gen, 1, 10))]),
      frame('step1', prng.uint8Array(gen, prng.int32(gen, 1, 40))),
      new Uint8Array([prng.int32(gen, 4, 200), 0, 0]),
      new Uint8Array([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f]),
    ]
    return { name: 'malformed frame', doc: prng.oneOf(gen, ['journey', 'annotations'] as const), frames: [prng.oneOf(gen, choices)] }
  },
  annotationFlood: (gen, world, role) => {
    if (role !== 'panel') return null
    const update = forgedUpdate(world.annotations, freshClient(gen), (doc) => {
      for (let i = 0; i < prng.int32(gen, 21, 200); i++) doc.getMap('annotations').set(`flood-${i}-${prng.word(gen, 6, 6)}`, annotation(`flood-${i}`, 'junk'))
    })
    return { name: 'a flood of annotations in one frame', doc: 'annotations', frames: [frame('update', update)] }
  },
  circularReferences: (gen) => {
    const a = freshClient(gen)
    const b = freshClient(gen)
    const item = (origin: { client: number; clock: number }) => ({ kind: 'item' as const, origin, content: { kind: 'any' as const, values: ['loop'] } })
    return {
      name: 'two items that wait for each other',
      doc: 'journey',
      frames: [frame('update', encodeUpdate([{ client: a, clock: 0, structs: [item({ client: b, clock: 0 })] }, { client: b, clock: 0, structs: [item({ client: a, clock: 0 })] }]))],
    }
  },
  invalidRecord: (gen, world) => {
    // Allowed places, invalid records: what the board's schema refuses even from an editor.
    const fields = () => world.journey.getMap<Y.Array<{ k: string; v: unknown }>>('records').get('shape:step-1')
    const id = `shape:${prng.word(gen, 8, 8)}`
    const choices: Array<[string, (doc: Y.Doc) => void]> = [
      ['a pain point nobody owns', (doc) => addRecord(doc, id, stepCardEntries(id).map((e) => (e.k === 'type' ? { k: 'type', v: 'pain-point' } : e)))],
      ['a shape of a type nobody knows', (doc) => addRecord(doc, id, stepCardEntries(id).map((e) => (e.k === 'type' ? { k: 'type', v: 'hologram' } : e)))],
      ['a field no card has', (doc) => writeField(doc, 'shape:step-1', `props.${prng.word(gen, 4, 8)}`, 'x')],
      ['an emotion off the scale', (doc) => writeField(doc, 'shape:step-1', 'props.emotion', prng.int32(gen, 3, 1000))],
      ['a card turned into another type', (doc) => writeField(doc, 'shape:step-1', 'type', 'pain-point')],
      ['the text removed', (doc) => {
        const log = doc.getMap<Y.Array<{ k: string }>>('records').get('shape:step-1')!
        log.delete(log.toArray().findIndex((entry) => entry.k === 'props.text'), 1)
      }],
    ]
    if (!fields()) return null
    const [name, change] = prng.oneOf(gen, choices)
    return { name: `invalid record: ${name}`, doc: 'journey', frames: [frame('update', forgedUpdate(world.journey, freshClient(gen), change))] }
  },
  selfFuture: (gen) => {
    const client = freshClient(gen)
    return {
      name: 'an item that refers to its own future',
      doc: 'journey',
      frames: [frame('update', encodeUpdate([{ client, clock: 0, structs: [{ kind: 'item', origin: { client, clock: 7 }, content: { kind: 'any', values: ['?'] } }] }]))],
    }
  },
}

/** The attacks of one seed for one role: a few, chosen and shaped by the seed. */
export function attacksFor(seed: number, role: AttackerRole, world: World, count = 4): Attack[] {
  const gen = prng.create(seed * 7919 + role.length)
  const names = Object.keys(MAKERS)
  const attacks: Attack[] = []
  for (let tries = 0; attacks.length < count && tries < count * 10; tries++) {
    const attack = MAKERS[prng.oneOf(gen, names)]!(gen, world, role)
    if (attack) attacks.push(attack)
  }
  return attacks
}

/** One attack for a given maker (pinned regression seeds name theirs). */
export function attackNamed(maker: string, seed: number, role: AttackerRole, world: World): Attack | null {
  return MAKERS[maker]!(prng.create(seed), world, role)
}

export const ATTACK_KINDS = Object.keys(MAKERS)
