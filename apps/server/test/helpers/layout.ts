// Edits that fit the document layout the server enforces (PROTOCOL.md, "Document layout"). Tests that only need
// "some map" or "some list" use these rather than roots of their own, which the server refuses.
import * as Y from 'yjs'

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
 * A list inside the layout: the field log of one record (`records` → `shape:<name>` → Y.Array of `{ k, v }`),
 * with the values of its entries read and written as a plain list. Created on first write.
 */
export function fieldList<T = unknown>(doc: Y.Doc, name: string) {
  const records = doc.getMap<Y.Array<{ k: string; v: T }>>('records')
  const id = `shape:${name}`
  const array = (): Y.Array<{ k: string; v: T }> => {
    let fields = records.get(id)
    if (!fields) {
      fields = new Y.Array()
      records.set(id, fields)
    }
    return fields
  }
  const wrap = (values: T[]) => values.map((v) => ({ k: 'item', v }))
  return {
    push: (values: T[]) => doc.transact(() => array().push(wrap(values))),
    insert: (index: number, values: T[]) => doc.transact(() => array().insert(index, wrap(values))),
    unshift: (values: T[]) => doc.transact(() => array().unshift(wrap(values))),
    toArray: (): T[] => (records.get(id)?.toArray() ?? []).map((entry) => entry.v),
    get length(): number {
      return records.get(id)?.length ?? 0
    },
  }
}
