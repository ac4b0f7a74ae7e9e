import { shouldReconnectAfter, socketProtocols } from '@sammen/protocol'
import type { Awareness } from 'y-protocols/awareness'
import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'

export interface SyncProviderOptions {
  /** Invite token for a secured server (or null). */
  token?: string | null
  /** This browser's participant key for the board: proves which client ids and presence are its own. */
  participantKey: string | null
  awareness?: Awareness
  connect?: boolean
  maxBackoffTime?: number
  /** For Node: the `ws` WebSocket class. Browsers use their own. */
  WebSocketPolyfill?: typeof WebSocket
  /**
   * Join the browser's cross-tab channel at once (default). False leaves it to the caller: set `disableBc = false`
   * and call `connectBc()` when it is time.
   */
  crossTab?: boolean
}

/**
 * The one way this package opens a sync socket (board, annotations, background sync): credentials travel as
 * subprotocols, never in the URL, and reconnecting stops after a close code that says it cannot help
 * (`@sammen/protocol`'s CLOSE_CODES: revoked invite, forbidden change, update too large).
 */
export function createSyncProvider(serverUrl: string, room: string, doc: Y.Doc, options: SyncProviderOptions): WebsocketProvider {
  return new WebsocketProvider(serverUrl, room, doc, {
    ...(options.awareness ? { awareness: options.awareness } : {}),
    connect: options.connect ?? true,
    maxBackoffTime: options.maxBackoffTime ?? 5_000,
    protocols: socketProtocols({ token: options.token, participantKey: options.participantKey }),
    shouldReconnect: (event) => shouldReconnectAfter(event.code),
    disableBc: options.crossTab === false,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  })
}

/**
 * Stops the provider from listening to the doc's updates until the returned function is called. While nothing
 * listens for updates, Yjs does not encode each transaction as one: the point of holding is a board's first sync,
 * a single large update from the server that this client has nothing to add to. Only for a time in which nothing
 * but the provider itself writes to the doc: a local change made meanwhile would not be sent.
 */
export function holdOutgoingUpdates(provider: WebsocketProvider): () => void {
  provider.doc.off('update', provider._updateHandler)
  let held = true
  return () => {
    if (!held) return
    held = false
    provider.doc.on('update', provider._updateHandler)
  }
}
