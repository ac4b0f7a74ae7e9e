// Every incoming update is checked here before it touches the room's document, for every document and role.
// The update was already read completely by the strict reader (@sammen/protocol readUpdate: format, limits on
// size, structs and nesting). This module decides, against the document as it is now:
//   1. causally ready: everything it builds on is in the document or in the update itself, so Yjs would not hold
//      any of it back as pending (a pending item can later replace something that changed meanwhile);
//   2. it claims no clocks of a Yjs client id another participant holds (owners.ts), whatever struct type it uses;
//   3. every new item sits where the document layout has room for it (rules.ts: roots, keys, record field logs),
//      in a root the role may write, with a plain JSON value (annotations: a valid annotation);
//   4. every deletion it actually makes (deleting what is already deleted is a no-op, and honest clients resend
//      their whole delete set on every reconnect) is one the role may make, and so is every replacement of a
//      map entry (a Y.Map set on an existing key deletes the old value without any delete set);
//   5. the board's records it creates or changes are valid records of the board's schema (recordCheck.ts).
// Nothing here changes the document; the verdict says what to do.
import { annotationSchema } from '@sammen/journey-model'
import {
  CloseCode,
  CloseReason,
  JourneyRoot,
  TypeRef,
  type DocKind,
  type ParsedItem,
  type ParsedStruct,
  type ParsedUpdate,
  type Role,
  type StructId,
} from '@sammen/protocol'
import * as Y from 'yjs'
import { deletedInUpdate, mergeRanges } from './deleteRanges'
import { isPlainJson, sameApartFromHandled } from './jsonValues'
import type { ClientOwners, OwnerId } from './owners'
import { childPlacement, docItemPlacement, isGap, nestedIn, type Placement } from './placement'
import { isFieldEntry, RecordChanges } from './recordCheck'
import { MAX_NEW_ANNOTATIONS_PER_UPDATE, MAX_NEW_CLIENTS_PER_UPDATE, mayModerate, mayWriteDocument, rootRule, type RootRule } from './rules'

export interface GuardContext {
  kind: DocKind
  role: Role
  /** The participant this connection speaks for. */
  owner: OwnerId
  owners: ClientOwners
}

export type GuardVerdict =
  /**
   * `unclaimed`: client ids this update writes new clocks under that nobody holds yet; claim them first.
   * `changes`: false when applying it would change nothing (only what the document already has).
   */
  | { ok: true; unclaimed: number[]; changes: boolean; newAnnotations: number }
  | { ok: false; code: number; reason: string; detail: string }

class Refusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    readonly detail: string,
  ) {
    super(detail)
  }
}

const refuse = (code: number, reason: string, detail: string): never => {
  throw new Refusal(code, reason, detail)
}

export function checkUpdate(doc: Y.Doc, parsed: ParsedUpdate, context: GuardContext): GuardVerdict {
  const steps = new UpdateCheck(doc, parsed, context).steps()
  return settle(() => {
    let step = steps.next()
    while (!step.done) step = steps.next()
    return step.value
  })
}

/** `mayWriteDocument` per document kind and role, asked on every update: the rules never change while we run. */
const documentWriters = new Map<DocKind, Map<Role, boolean>>()
function writesDocument(kind: DocKind, role: Role): boolean {
  let byRole = documentWriters.get(kind)
  if (!byRole) documentWriters.set(kind, (byRole = new Map()))
  let writes = byRole.get(role)
  if (writes === undefined) byRole.set(role, (writes = mayWriteDocument(kind, role)))
  return writes
}

/** Checked items (or values) between two turns of the event loop: a few milliseconds of work. */
const ITEMS_PER_TURN = 2_000

/**
 * The same check, handing the event loop back every few thousand items, so a large update never keeps other rooms
 * waiting for long. The caller holds the room's write queue, so the document only changes meanwhile through
 * updates other instances already checked.
 */
export async function checkUpdateInTurns(doc: Y.Doc, parsed: ParsedUpdate, context: GuardContext): Promise<GuardVerdict> {
  // Most updates are a keystroke or a drag: checked in one go, without giving up the turn.
  if (parsed.structCount + parsed.deleteRangeCount < ITEMS_PER_TURN) return checkUpdate(doc, parsed, context)
  const steps = new UpdateCheck(doc, parsed, context).steps()
  for (;;) {
    const step = settle(() => steps.next())
    if ('ok' in step) return step
    if (step.done) return step.value
    await new Promise((resolve) => setImmediate(resolve))
  }
}

function settle<T>(run: () => T): T | GuardVerdict {
  try {
    return run()
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, code: error.code, reason: error.reason, detail: error.detail }
    throw error
  }
}

class UpdateCheck {
  private readonly avail = new Map<number, number>()
  private readonly placements = new Map<ParsedItem, Placement>()
  /** Map keys this update writes, per root: to tell replacements and duplicate keys apart. */
  private readonly writtenKeys = new Map<string, Set<string>>()
  private newAnnotations = 0
  private deletions = 0
  private readonly records = new RecordChanges()
  private readonly deletedHere: (client: number, clock: number) => boolean

  constructor(
    private readonly doc: Y.Doc,
    private readonly parsed: ParsedUpdate,
    private readonly context: GuardContext,
  ) {
    this.deletedHere = deletedInUpdate(parsed.deleteSet)
  }

  /** The check in steps; it yields where a long update may hand the event loop back. */
  *steps(): Generator<void, GuardVerdict, void> {
    const newStructs = this.checkReady()
    yield
    const writes = writesDocument(this.context.kind, this.context.role)
    if (newStructs.length > 0 && !writes) refuse(CloseCode.forbidden, CloseReason.readOnlyRole, 'a read-only role sent new content')
    const unclaimed = this.checkClients(newStructs)
    let sinceTurn = 0
    for (const struct of newStructs) {
      if (struct.kind === 'item') this.checkItem(struct)
      // A record's field log is one item holding many values: each value is work.
      sinceTurn += struct.kind === 'item' && struct.content.kind === 'any' ? struct.content.values.length : 1
      if (sinceTurn >= ITEMS_PER_TURN) {
        sinceTurn = 0
        yield
      }
    }
    yield
    this.checkDeletions()
    const problem = yield* this.records.problems(this.doc.share.get(JourneyRoot.records))
    if (problem) refuse(CloseCode.forbidden, CloseReason.invalidRecord, problem)
    return { ok: true, unclaimed, changes: newStructs.length > 0 || this.deletions > 0, newAnnotations: this.newAnnotations }
  }

  // --- 1. Causal readiness -------------------------------------------------------------------------------

  private docState(client: number): number {
    return Y.getState(this.doc.store, client)
  }

  private available(client: number): number {
    let clock = this.avail.get(client)
    if (clock === undefined) {
      clock = this.docState(client)
      this.avail.set(client, clock)
    }
    return clock
  }

  /**
   * Integrates the update on paper, the way Yjs does (structs of one client in clock order; a struct waits while
   * something it refers to is missing), and returns the structs that add clocks the document does not have.
   */
  private checkReady(): ParsedStruct[] {
    const { sections } = this.parsed
    const heads = sections.map(() => 0)
    const fresh: ParsedStruct[] = []
    // Honest updates settle in one or two passes; a contrived chain of cross-client references is cut off.
    let budget = this.parsed.structCount * 4 + 1_000
    let progress = true
    while (progress) {
      progress = false
      sections.forEach((section, index) => {
        let head = heads[index]!
        while (head < section.structs.length) {
          if (--budget < 0) refuse(CloseCode.tooLarge, CloseReason.tooLarge, 'references between clients too long to follow')
          const struct = section.structs[head]!
          const known = this.available(struct.client)
          if (struct.clock > known) break
          if (struct.clock + struct.length > known) {
            if (struct.kind === 'skip') refuse(CloseCode.notReady, CloseReason.notReady, 'the update has a gap (skip range)')
            if (struct.kind === 'item' && !this.referencesAvailable(struct)) break
            this.avail.set(struct.client, struct.clock + struct.length)
            fresh.push(struct)
          }
          head++
          progress = true
        }
        heads[index] = head
      })
    }
    sections.forEach((section, index) => {
      if (heads[index]! < section.structs.length) {
        const struct = section.structs[heads[index]!]!
        refuse(CloseCode.notReady, CloseReason.notReady, `client ${struct.client} clock ${struct.clock} depends on changes the server does not have`)
      }
    })
    for (const [client, ranges] of this.parsed.deleteSet) {
      for (const range of ranges) {
        if (range.clock + range.length > this.available(client)) {
          refuse(CloseCode.notReady, CloseReason.notReady, `deletes client ${client} clocks the server does not have`)
        }
      }
    }
    return fresh
  }

  private referencesAvailable(item: ParsedItem): boolean {
    const references = [item.origin, item.rightOrigin, item.parent.kind === 'id' ? item.parent.id : null]
    for (const id of references) {
      if (!id) continue
      if (id.client === item.client) {
        // Yjs does not look for its own earlier clocks; one pointing at itself or ahead would break integration.
        if (id.clock >= item.clock) refuse(CloseCode.malformed, CloseReason.malformed, 'an item refers to its own future')
      } else if (id.clock >= this.available(id.client)) {
        return false
      }
    }
    return true
  }

  // --- 2. Client ids --------------------------------------------------------------------------------------

  private checkClients(fresh: ParsedStruct[]): number[] {
    const clients = new Set(fresh.map((struct) => struct.client))
    const unclaimed: number[] = []
    for (const client of clients) {
      const owner = this.context.owners.ownerOf(client)
      if (owner === undefined) unclaimed.push(client)
      else if (owner !== this.context.owner) {
        refuse(CloseCode.forbidden, CloseReason.notYourClient, `client id ${client} is held by another participant`)
      }
    }
    if (unclaimed.length > MAX_NEW_CLIENTS_PER_UPDATE) {
      refuse(CloseCode.tooLarge, CloseReason.tooLarge, `more than ${MAX_NEW_CLIENTS_PER_UPDATE} new client ids in one update`)
    }
    return unclaimed
  }

  // --- 3. New items ---------------------------------------------------------------------------------------

  private checkItem(item: ParsedItem): void {
    const placement = this.placementOf(item)
    if (placement.where === 'void') return // collected on arrival: occupies the writer's own clocks, changes nothing
    const rule = this.writableRule(placement.root)
    const { content } = item
    if (content.kind !== 'any' && content.kind !== 'deleted' && !(content.kind === 'type' && content.typeRef === TypeRef.array)) {
      refuse(CloseCode.forbidden, CloseReason.outsideLayout, `${content.kind} content has no place in a Sammen document`)
    }
    switch (placement.where) {
      case 'entry': {
        if (placement.key === null) refuse(CloseCode.forbidden, CloseReason.outsideLayout, `a list element in the map "${placement.root}"`)
        const key = placement.key!
        if (content.kind === 'type' && rule.layout !== 'records') refuse(CloseCode.forbidden, CloseReason.outsideLayout, `a nested type in "${placement.root}"`)
        if (content.kind === 'any' && rule.layout === 'records') refuse(CloseCode.forbidden, CloseReason.outsideLayout, 'a record must be a field log')
        if (content.kind === 'type' && this.context.kind === 'journey') this.records.created(key, !this.deletedHere(item.client, item.clock))
        if (rule.keys && !rule.keys.includes(key)) {
          refuse(
            CloseCode.forbidden,
            placement.root === 'facilitation' ? CloseReason.facilitatorOnly : CloseReason.outsideLayout,
            `the key "${key}" is not written by clients in "${placement.root}"`,
          )
        }
        if (content.kind === 'any') {
          if (item.length !== 1) refuse(CloseCode.forbidden, CloseReason.outsideLayout, 'a map entry holds one value')
          this.checkJson(content.values[0])
          this.checkValue(placement.root, rule, key, content.values[0])
        }
        this.checkEntryWrite(placement.root, rule, key, content.kind === 'any' ? content.values[0] : undefined)
        return
      }
      case 'field': {
        if (rule.layout !== 'records' || content.kind === 'type') refuse(CloseCode.forbidden, CloseReason.outsideLayout, `nested content in "${placement.root}"`)
        if (content.kind === 'any') {
          content.values.forEach((value, offset) => {
            this.checkJson(value)
            if (!isFieldEntry(value)) return refuse(CloseCode.forbidden, CloseReason.invalidValue, 'a record field entry must be { k, v }')
            if (placement.entryKey !== null) this.records.entry(placement.entryKey, value, !this.deletedHere(item.client, item.clock + offset))
          })
        }
        return
      }
      case 'deeper':
        refuse(CloseCode.forbidden, CloseReason.outsideLayout, `content nested too deep in "${placement.root}"`)
    }
  }

  private writableRule(root: string): RootRule {
    const rule = rootRule(this.context.kind, root)
    if (!rule) return refuse(CloseCode.forbidden, CloseReason.outsideLayout, `"${root}" is not part of the ${this.context.kind} document`)
    if (!rule.writers.includes(this.context.role)) {
      const reason =
        root === 'facilitation' ? CloseReason.facilitatorOnly : this.context.role === 'panel' ? CloseReason.panelAddsOnly : CloseReason.readOnlyRole
      refuse(CloseCode.forbidden, reason, `${this.context.role} may not change "${root}"`)
    }
    return rule
  }

  /** A new value for a map entry: adding, or replacing whatever the key holds now. */
  private checkEntryWrite(root: string, rule: RootRule, key: string, value: unknown): void {
    const written = this.writtenKeys.get(root) ?? new Set<string>()
    this.writtenKeys.set(root, written)
    const twice = written.has(key)
    written.add(key)
    // A root another update created is a plain AbstractType until someone asks for it as a map; `_map` is the same.
    const current = this.doc.share.get(root)?._map.get(key) ?? null
    switch (rule.entries) {
      case 'free':
        return
      case 'own-or-facilitator':
        if (current && !current.deleted && !this.isOwnOrModerated(current)) {
          refuse(CloseCode.forbidden, CloseReason.forbiddenEntry, `"${key}" in "${root}" belongs to another participant`)
        }
        return
      case 'annotations': {
        if (value === undefined) {
          // Deleted content under a key that holds an annotation would replace (delete) it.
          if (current && !current.deleted) refuse(CloseCode.forbidden, CloseReason.panelAddsOnly, `the annotation "${key}" may not be removed`)
          return
        }
        const parsed = annotationSchema.safeParse(value)
        if (!parsed.success || parsed.data.id !== key) refuse(CloseCode.forbidden, CloseReason.invalidValue, `"${key}" is not a valid annotation`)
        if (twice) refuse(CloseCode.forbidden, CloseReason.panelAddsOnly, `the annotation "${key}" is written twice in one update`)
        if (current === null) {
          if (this.context.role === 'panel' && ++this.newAnnotations > MAX_NEW_ANNOTATIONS_PER_UPDATE) {
            refuse(CloseCode.tooLarge, CloseReason.tooLarge, `more than ${MAX_NEW_ANNOTATIONS_PER_UPDATE} new annotations in one update`)
          }
          return
        }
        if (this.context.role === 'panel') refuse(CloseCode.forbidden, CloseReason.panelAddsOnly, `the annotation "${key}" exists`)
        if (current.deleted) refuse(CloseCode.forbidden, CloseReason.forbiddenEntry, `the annotation "${key}" was removed`)
        const before = current.content.getContent().at(-1)
        if (!sameApartFromHandled(before, value)) {
          refuse(CloseCode.forbidden, CloseReason.forbiddenEntry, `only the handled mark of the annotation "${key}" may change`)
        }
      }
    }
  }

  private isOwnOrModerated(item: Y.Item): boolean {
    return mayModerate(this.context.role) || this.context.owners.ownerOf(item.id.client) === this.context.owner
  }

  /** The value the root's rule asks for under this key (annotations are checked with their entry rule). */
  private checkValue(root: string, rule: RootRule, key: string, value: unknown): void {
    const expected = rule.value?.(key)
    if (!expected) return
    const parsed = expected.schema.safeParse(value)
    const id = (parsed.data as { id?: unknown } | undefined)?.id
    if (!parsed.success || (expected.idIsKey && id !== key)) refuse(CloseCode.forbidden, CloseReason.invalidValue, `"${key}" in "${root}" is not a valid value`)
  }

  private checkJson(value: unknown): void {
    if (!isPlainJson(value)) refuse(CloseCode.forbidden, CloseReason.invalidValue, 'values must be plain JSON')
  }

  // --- 4. Deletions ---------------------------------------------------------------------------------------

  private checkDeletions(): void {
    for (const [client, ranges] of this.parsed.deleteSet) {
      const structs = this.doc.store.clients.get(client)
      if (!structs) continue // everything deleted is new in this update: the writer's own
      const known = this.docState(client)
      for (const range of mergeRanges(ranges)) {
        const end = Math.min(range.clock + range.length, known)
        if (range.clock >= end) continue
        for (let index = Y.findIndexSS(structs, range.clock); index < structs.length; index++) {
          const struct = structs[index]!
          if (struct.id.clock >= end) break
          if (struct instanceof Y.Item && !struct.deleted) this.checkDeletion(struct, Math.max(range.clock, struct.id.clock), Math.min(end, struct.id.clock + struct.length))
        }
      }
    }
  }

  /** An existing item the update deletes, the clocks `from` … `to` of it (a range may cover part of an item). */
  private checkDeletion(item: Y.Item, from: number, to: number): void {
    this.deletions++
    const placement = docItemPlacement(item)
    if (placement.where === 'void') return
    const rule = this.writableRule(placement.root)
    if (rule.layout === 'records') this.noteRecordDeletion(item, placement, from, to)
    if (placement.where !== 'entry' || placement.key === null) return // a record's field log, or stray content
    const key = placement.key
    switch (rule.entries) {
      case 'free':
        return
      case 'own-or-facilitator':
        if (!this.isOwnOrModerated(item)) refuse(CloseCode.forbidden, CloseReason.forbiddenEntry, `"${key}" in "${placement.root}" belongs to another participant`)
        return
      case 'annotations':
        // Marking handled replaces the entry: the old value goes with a new one checked above. Nothing else goes.
        if (!this.writtenKeys.get(placement.root)?.has(key)) {
          refuse(CloseCode.forbidden, this.context.role === 'panel' ? CloseReason.panelAddsOnly : CloseReason.forbiddenEntry, `the annotation "${key}" may not be removed`)
        }
    }
  }

  private noteRecordDeletion(item: Y.Item, placement: Placement, from: number, to: number): void {
    if (placement.where === 'entry' && placement.key !== null) this.records.removedRecord(placement.key)
    if (placement.where !== 'field' || placement.entryKey === null || !(item.content instanceof Y.ContentAny)) return
    const values = item.content.arr
    for (let clock = from; clock < to; clock++) {
      const entry = values[clock - item.id.clock]
      if (isFieldEntry(entry)) this.records.removedField(placement.entryKey, entry.k)
    }
  }

  // --- Placement ------------------------------------------------------------------------------------------

  private findInUpdate(id: StructId): ParsedStruct | undefined {
    const section = this.parsed.sections.find((candidate) => candidate.client === id.client)
    if (!section) return undefined
    const { structs } = section
    let low = 0
    let high = structs.length - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const struct = structs[mid]!
      if (id.clock < struct.clock) high = mid - 1
      else if (id.clock >= struct.clock + struct.length) low = mid + 1
      else return struct
    }
    return undefined
  }

  /** The struct an id refers to: the document's version first (Yjs skips what it already has). */
  private find(id: StructId): Y.Item | Y.GC | ParsedStruct | undefined {
    if (id.clock < this.docState(id.client)) {
      const structs = this.doc.store.clients.get(id.client)!
      return structs[Y.findIndexSS(structs, id.clock)] as Y.Item | Y.GC
    }
    return this.findInUpdate(id)
  }

  /** Placement of an item of the update, resolved without recursion (chains of origins can be long). */
  private placementOf(start: ParsedItem): Placement {
    const stack: ParsedItem[] = [start]
    while (stack.length > 0) {
      const item = stack[stack.length - 1]!
      if (this.placements.has(item)) {
        stack.pop()
        continue
      }
      const step = this.resolveStep(item)
      if ('wait' in step) {
        if (stack.includes(step.wait)) refuse(CloseCode.notReady, CloseReason.notReady, 'items refer to each other in a circle')
        stack.push(step.wait)
        continue
      }
      this.placements.set(item, step.placement)
      stack.pop()
    }
    return this.placements.get(start)!
  }

  private resolveStep(item: ParsedItem): { placement: Placement } | { wait: ParsedItem } {
    const { parent } = item
    if (parent.kind === 'root') return { placement: { where: 'entry', root: parent.name, key: item.parentSub } }
    if (parent.kind === 'id') {
      const container = this.find(parent.id)
      if (container instanceof Y.Item) {
        return { placement: container.content instanceof Y.ContentType ? childPlacement(container.content.type, item.parentSub) : { where: 'void' } }
      }
      if (!container || container instanceof Y.GC || container.kind !== 'item') return { placement: { where: 'void' } }
      if (container.content.kind !== 'type') return { placement: { where: 'void' } }
      const outer = this.placements.get(container)
      if (!outer) return { wait: container }
      return { placement: nestedIn(outer) }
    }
    // Parent from the neighbours: Yjs collects the item if either neighbour is a collected range.
    const left = item.origin ? this.find(item.origin) : undefined
    const right = item.rightOrigin ? this.find(item.rightOrigin) : undefined
    if (isGap(left) || isGap(right)) return { placement: { where: 'void' } }
    const neighbour = left ?? right
    if (neighbour instanceof Y.Item) return { placement: docItemPlacement(neighbour) }
    if (!neighbour || neighbour instanceof Y.GC || neighbour.kind !== 'item') return { placement: { where: 'void' } }
    const known = this.placements.get(neighbour)
    return known ? { placement: known } : { wait: neighbour }
  }
}
