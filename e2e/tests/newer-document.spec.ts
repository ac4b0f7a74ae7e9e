import { WebsocketProvider } from 'y-websocket'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { expect, test } from '../support/fixtures'

test('a board written by a newer version of Sammen asks for a reload and is left untouched', async ({ server, newPerson }) => {
  const boardId = 'written-by-a-newer-version'
  // A newer client has written this board: its schema knows a geo-shape migration this build does not.
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`${server.url.replace(/^http/, 'ws')}/sync`, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  try {
    await expect.poll(() => provider.synced).toBe(true)
    doc.transact(() => {
      doc.getMap('meta').set('schema', { schemaVersion: 2, sequences: { 'com.tldraw.shape.geo': 999 } })
      doc.getMap('meta').set('title', 'Fra en nyere versjon')
    })

    const kari = await newPerson('Kari Nordmann')
    await kari.page.goto(`/b/${boardId}?e2e`)
    const overlay = kari.page.getByTestId('needs-reload')
    await expect(overlay).toBeVisible()
    await expect(overlay).toContainText('nyere versjon av Sammen')
    await expect(overlay.getByRole('button')).toBeFocused()

    // Kari's client is connected and in step, yet it wrote nothing: only the newer client's edits exist.
    await expect(kari.board.connectionStatus).toHaveAttribute('data-phase', 'online')
    await kari.page.keyboard.press('Escape')
    await kari.page.waitForTimeout(1_000)
    expect([...doc.store.clients.keys()]).toEqual([doc.clientID])
  } finally {
    provider.destroy()
    doc.destroy()
  }
})
