// Edits that fit the document layout the server enforces (PROTOCOL.md, "Document layout"). Tests that only need
// "some map" or "some list" use these rather than roots of their own, which the server refuses.
import * as Y from 'yjs'
import { addStepCard, type FieldEntry } from './boardRecords'

/**
 * A key-value map editors may write, for tests that need "some map": each value is kept as the text of a valid
 * comment (the server checks comments with their schema) under the id `note-<key>`.
 */
export function notes(doc: Y.Doc) {
  const map = doc.getMap<{ text: string }>('comments')
  const id = (key: string) => `note-${key}`
  const decode = (entry: { text: string } | undefined): unknown => (entry ? JSON.parse(entry.text) : undefined)
  return {
    set(key: string, value: unknown): void {
      map.set(id(key), { id: id(key), cardId: 'shape:notes', authorId: 'tester', authorName: 'Test', text: JSON.stringify(value), mentions: [], createdAt: 0 } as never)
    },
    get: (key: string): unknown => decode(map.get(id(key))),
    has: (key: string): boolean => map.has(id(key)),
    delete: (key: string): void => map.delete(id(key)),
    get size(): number {
      return map.size
    },
    toJSON: (): Record<string, unknown> => Object.fromEntries([...map.entries()].map(([key, entry]) => [key.slice('note-'.length), decode(entry)])),
  }
}

/**
 * A list inside the layout: kept in one valid step card (`records` → `shape:<name>`), as entries of its field log
 * under the key `meta.item` (meta fields hold any JSON), read and written as a plain list. The card is created
 * with the first write.
 */
export function fieldList<T = unknown>(doc: Y.Doc, name: string) {
  const records = doc.getMap<Y.Array<FieldEntry>>('records')
  const id = `shape:${name}`
  const KEY = 'meta.item'
  const entries = (): FieldEntry[] => records.get(id)?.toArray() ?? []
  /** Where the list's `index`th item goes in the whole log (the card's own fields come first). */
  const position = (index: number): number => {
    const all = entries()
    let seen = 0
    for (let i = 0; i < all.length; i++) {
      if (all[i]!.k !== KEY) continue
      if (seen === index) return i
      seen++
    }
    return all.length
  }
  const write = (index: number | 'end', values: T[]) =>
    doc.transact(() => {
      let fields = records.get(id)
      if (!fields) fields = addStepCard(doc, id)
      const items = values.map((v) => ({ k: KEY, v }))
      if (index === 'end') fields.push(items)
      else fields.insert(position(index), items)
    })
  return {
    push: (values: T[]) => write('end', values),
    insert: (index: number, values: T[]) => write(index, values),
    unshift: (values: T[]) => write(0, values),
    toArray: (): T[] => entries().filter((entry) => entry.k === KEY).map((entry) => entry.v as T),
    get length(): number {
      return entries().filter((entry) => entry.k === KEY).length
    },
  }
}
