// Boards for the library tests, written the way browsers write them: each record a log of its fields in the journey
// document's `records` map, the record schema and title in `meta` (PROTOCOL.md, "Document layout"), sent through a
// real y-websocket client so the server checks every record. And the library API called like the web app calls it.
import { sammenBoardSchema } from '@sammen/journey-shapes'
import type { TLRecord } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { flatten, type FieldEntry } from './boardRecords'
import type { SyncClient } from './clients'

/** Writes a whole board into the client's document in one transaction, as the app's "Ny tavle" does. */
export function writeBoard(client: SyncClient, records: readonly TLRecord[], title: string): void {
  const { doc } = client
  doc.transact(() => {
    const meta = doc.getMap<unknown>('meta')
    meta.set('schema', sammenBoardSchema.serialize())
    meta.set('title', title)
    const map = doc.getMap<Y.Array<FieldEntry>>('records')
    for (const record of records) {
      const fields = new Y.Array<FieldEntry>()
      fields.push(flatten(record as unknown as Record<string, unknown>))
      map.set(record.id, fields)
    }
  })
}

export interface ApiAnswer<T = unknown> {
  status: number
  body: T
  headers: Headers
}

/** POSTs JSON (or raw text) to the server and reads the JSON answer. */
export async function post<T = Record<string, unknown>>(url: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer<T>> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers }
}

/** Polls `probe` until it returns a value (not undefined); fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
