import type { TLRecord, TLStore } from 'tldraw'

/*
 * Undo and redo for the outline view.
 *
 * Why not tldraw's history: it lives in the `Editor`, and the outline has none (the canvas is not mounted). A
 * headless Editor would need a DOM container, tools and a tick loop just to record history, and would write its
 * own session records (camera, selection) into the store. So the outline records its own history of the store
 * changes it makes. They are ordinary local store changes (source 'user'), so the Yjs binding syncs them.
 *
 * Undo is a forward change too, and a careful one: it only puts back the fields this person changed, and only
 * while they still hold the value this person left there. A field someone else has changed since is left alone
 * (as Yjs' own UndoManager does), so undo never wipes out a colleague's newer work; `complete: false` says so.
 */

export type RecordId = TLRecord['id']

/** What one outline action does to the store. */
export interface RecordChange {
  put?: TLRecord[]
  remove?: RecordId[]
}

interface RecordDiff {
  id: RecordId
  before: TLRecord | null
  after: TLRecord | null
}

interface HistoryEntry<L> {
  label: L
  /**
   * In the order they were made. One record may appear more than once: when someone else changed it between two
   * coalesced saves, each save keeps its own diff, so undo takes back only what this person wrote.
   */
  diffs: RecordDiff[]
  /** Consecutive changes with the same key (typing in one field) become one entry. */
  coalesceKey?: string
}

export interface HistoryStep<L> {
  label: L
  /** False when some fields were left alone because someone else changed them after this person did. */
  complete: boolean
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** A record as a flat map of its fields: top-level ones, and `props.x` / `meta.x` one by one (as the sync layer does). */
function fieldsOf(record: TLRecord): Map<string, unknown> {
  const fields = new Map<string, unknown>()
  for (const [key, value] of Object.entries(record)) {
    if ((key === 'props' || key === 'meta') && value && typeof value === 'object') {
      for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) fields.set(`${key}.${inner}`, innerValue)
    } else fields.set(key, value)
  }
  return fields
}

function withField(record: Record<string, unknown>, field: string, value: unknown): void {
  const [outer, inner] = field.split(/\.(.*)/s) as [string, string | undefined]
  if (inner === undefined) {
    if (value === undefined) delete record[outer]
    else record[outer] = value
    return
  }
  const nested = { ...(record[outer] as Record<string, unknown>) }
  if (value === undefined) delete nested[inner]
  else nested[inner] = value
  record[outer] = nested
}

/**
 * Moves the fields that differ between `from` and `to` back to `to`'s values in `current`, but only those that
 * still have `from`'s value. Returns the new record (or null if nothing changes) and whether any field was skipped.
 */
export function revertFields(current: TLRecord, from: TLRecord, to: TLRecord): { record: TLRecord | null; skipped: boolean } {
  const fromFields = fieldsOf(from)
  const toFields = fieldsOf(to)
  const currentFields = fieldsOf(current)
  const next = { ...current } as Record<string, unknown>
  let changed = false
  let skipped = false
  for (const field of new Set([...fromFields.keys(), ...toFields.keys()])) {
    if (same(fromFields.get(field), toFields.get(field))) continue
    if (!same(currentFields.get(field), fromFields.get(field))) {
      skipped = true
      continue
    }
    withField(next, field, toFields.get(field))
    changed = true
  }
  return { record: changed ? (next as unknown as TLRecord) : null, skipped }
}

export class OutlineHistory<L> {
  private undoStack: HistoryEntry<L>[] = []
  private redoStack: HistoryEntry<L>[] = []
  private readonly listeners = new Set<() => void>()
  private version = 0

  constructor(
    private readonly store: TLStore,
    private readonly limit = 100,
  ) {}

  /** Makes the change as this person's own and records it. Throws (and records nothing) if the store rejects it. */
  apply(label: L, change: RecordChange, options: { coalesceKey?: string } = {}): void {
    const diffs = this.run(change)
    if (diffs.length === 0) return
    const top = this.undoStack.at(-1)
    if (options.coalesceKey !== undefined && top?.coalesceKey === options.coalesceKey && this.redoStack.length === 0) {
      for (const diff of diffs) {
        const earlier = top.diffs.findLast((candidate) => candidate.id === diff.id)
        // Extending the earlier diff is only right if nobody touched the record in between: otherwise its
        // `before` would claim their change as this person's, and undo would take it back.
        if (earlier && same(earlier.after, diff.before)) earlier.after = diff.after
        else top.diffs.push(diff)
      }
      top.diffs = top.diffs.filter((diff) => !same(diff.before, diff.after))
      if (top.diffs.length === 0) this.undoStack.pop()
    } else {
      this.undoStack.push({ label, diffs, coalesceKey: options.coalesceKey })
      if (this.undoStack.length > this.limit) this.undoStack.shift()
    }
    this.redoStack = []
    this.changed()
  }

  /** Ends coalescing: the next change starts a new undo step even if it has the same key. */
  seal(): void {
    const top = this.undoStack.at(-1)
    if (top) top.coalesceKey = undefined
  }

  undo(): HistoryStep<L> | null {
    return this.move(this.undoStack, this.redoStack)
  }

  redo(): HistoryStep<L> | null {
    return this.move(this.redoStack, this.undoStack)
  }

  peekUndo(): L | undefined {
    return this.undoStack.at(-1)?.label
  }

  peekRedo(): L | undefined {
    return this.redoStack.at(-1)?.label
  }

  /** For `useSyncExternalStore`: changes whenever either stack does. */
  getVersion = (): number => this.version

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private changed(): void {
    this.version++
    for (const listener of this.listeners) listener()
  }

  private move(from: HistoryEntry<L>[], to: HistoryEntry<L>[]): HistoryStep<L> | null {
    const entry = from.pop()
    if (!entry) return null
    const { change, skipped } = this.inverse(entry)
    const diffs = this.run(change)
    if (diffs.length > 0) to.push({ label: entry.label, diffs })
    this.changed()
    return { label: entry.label, complete: !skipped }
  }

  /** The change that takes an entry back, as far as the store still allows (see the module comment). */
  private inverse(entry: HistoryEntry<L>): { change: Required<RecordChange>; skipped: boolean } {
    // Diffs are taken back newest first, each against the result of the ones after it (a record may have several).
    const working = new Map<RecordId, TLRecord | null>()
    const currentOf = (id: RecordId) => (working.has(id) ? (working.get(id) ?? null) : (this.store.get(id) ?? null))
    let skipped = false
    const restored = new Set<string>()
    for (const diff of [...entry.diffs].reverse()) {
      const current = currentOf(diff.id)
      if (diff.before === null) {
        if (current) working.set(diff.id, null)
      } else if (diff.after === null) {
        if (current) skipped = true
        else {
          working.set(diff.id, diff.before)
          restored.add(diff.id)
        }
      } else if (!current) {
        // Someone else deleted what this person changed: their delete stands.
        skipped = true
      } else {
        const reverted = revertFields(current, diff.after, diff.before)
        if (reverted.record) working.set(diff.id, reverted.record)
        skipped ||= reverted.skipped
      }
    }
    const put: TLRecord[] = []
    const remove: RecordId[] = []
    for (const [id, record] of working) {
      if (record) put.push(record)
      else if (this.store.has(id)) remove.push(id)
    }
    // A card whose frame, or a binding whose arrow or card, is gone for good cannot come back on its own.
    const exists = (id: unknown) => typeof id !== 'string' || !id.startsWith('shape:') || restored.has(id) || this.store.has(id as RecordId)
    const keep = put.filter((record) => {
      const refs = record as unknown as { parentId?: unknown; fromId?: unknown; toId?: unknown }
      return exists(refs.parentId) && exists(refs.fromId) && exists(refs.toId)
    })
    if (keep.length < put.length) skipped = true
    return { change: { put: keep, remove }, skipped }
  }

  private run(change: RecordChange): RecordDiff[] {
    const ids = [...(change.put ?? []).map((record) => record.id), ...(change.remove ?? [])]
    const before = new Map(ids.map((id) => [id, this.store.get(id) ?? null]))
    if (change.put?.length) this.store.put(change.put)
    const toRemove = (change.remove ?? []).filter((id) => this.store.has(id))
    if (toRemove.length) this.store.remove(toRemove)
    const diffs: RecordDiff[] = []
    for (const [id, was] of before) {
      const now = this.store.get(id) ?? null
      if (!same(was, now)) diffs.push({ id, before: was, after: now })
    }
    return diffs
  }
}
