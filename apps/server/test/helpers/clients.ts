// Real y-websocket clients in Node, plus small waiting helpers, shared by tests and the benchmark.
import { createParticipantKey, socketProtocols } from '@sammen/protocol'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

export interface SyncClient {
  doc: Y.Doc
  provider: WebsocketProvider
  /** The participant key this client offers (what proves its client ids are its own across reconnects). */
  participantKey: string | null
  destroy(): void
}

export interface ConnectOptions {
  token?: string
  /** Default: a fresh key per client, as the web app keeps one per board and browser. `null`: offer none. */
  participantKey?: string | null
  doc?: Y.Doc
}

export function connectClient(syncUrl: string, boardId: string, options: ConnectOptions = {}): SyncClient {
  const doc = options.doc ?? new Y.Doc()
  const participantKey = options.participantKey === undefined ? createParticipantKey() : options.participantKey
  const provider = new WebsocketProvider(syncUrl, boardId, doc, {
    // Credentials ride in the subprotocol list, never in the URL (PROTOCOL.md).
    protocols: socketProtocols({ token: options.token, participantKey }),
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Node 20 has a global BroadcastChannel: clients in one process would sync through it and
    // bypass the server entirely, making every test pass for the wrong reason.
    disableBc: true,
    maxBackoffTime: 500,
  })
  return {
    doc,
    provider,
    participantKey,
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`)
    await sleep(20)
  }
}

export async function waitSynced(client: SyncClient, timeoutMs = 10_000): Promise<void> {
  await waitFor(() => client.provider.synced, 'provider synced', timeoutMs)
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
