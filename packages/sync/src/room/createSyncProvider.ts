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
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  })
}
