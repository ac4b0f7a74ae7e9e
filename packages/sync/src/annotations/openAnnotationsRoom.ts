import type { Annotation, AnnotationId, AnnotationInput, BoardId } from '@sammen/journey-model'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { createSyncProvider } from '../room/createSyncProvider'
import { ValueEmitter } from '../room/statusEmitter'
import type { ConnectionPhase } from '../room/types'
import { DexieDocPersistence } from '../storage/dexieDocPersistence'
import type { SammenLocalDatabase } from '../storage/localDatabase'
import {
  addAnnotation,
  annotationsDocKey,
  annotationsMap,
  annotationsRoomName,
  markAnnotationHandled,
  readAnnotations,
  reopenAnnotation,
  type AnnotationList,
} from './annotationsDoc'
import { boardParticipantKey } from '../storage/boardIndex'

export interface OpenAnnotationsRoomOptions {
  boardId: BoardId
  database: SammenLocalDatabase
  /** The same websocket base URL as the board's room; this one connects to `${serverUrl}/${boardId}/annotations`. */
  serverUrl: string
  /** Invite token for a secured server, as for the board. */
  token?: string | null
  /** Start disconnected (tests, offline). */
  connect?: boolean
  /** For Node: the `ws` WebSocket class. */
  WebSocketPolyfill?: typeof WebSocket
  /**
   * Every socket close, also a refused upgrade (the browser reports 1006 without `wasOpen`): the app asks the
   * HTTP API why, and calls `refuse()` so the room stops retrying and says so.
   */
  onSocketClose?: (close: { code: number; reason: string; wasOpen: boolean }) => void
}

export interface AnnotationsRoomStatus {
  phase: ConnectionPhase
  /** The server closed the socket for good (4401 revoked, 4403 this role may not write annotations). */
  refusal: { code: number; reason: string } | null
  /** Why local storage failed, if it did; annotations still sync through the server. */
  storageError: string | null
}

export interface AnnotationsRoom {
  readonly boardId: BoardId
  readonly doc: Y.Doc
  /** Resolves once the locally stored annotations are loaded and the provider is created. */
  readonly ready: Promise<void>
  /** The same object until something changes, so React can use it with useSyncExternalStore. */
  list(): AnnotationList
  subscribe(listener: (list: AnnotationList) => void): () => void
  getStatus(): AnnotationsRoomStatus
  subscribeStatus(listener: (status: AnnotationsRoomStatus) => void): () => void
  /** The server refused this browser (found out over HTTP after a refused upgrade): stop retrying, say why. */
  refuse(refusal: { code: number; reason: string }): void
  /** Validates with the schema (throws its error) and shares the annotation. */
  add(input: AnnotationInput): Annotation
  markHandled(id: AnnotationId, by: string): boolean
  reopen(id: AnnotationId): boolean
  connect(): void
  disconnect(): void
  flush(): Promise<void>
  destroy(): Promise<void>
}

/**
 * Opens a board's annotations document: its own Y.Doc, its own y-websocket provider (the server lets
 * panel members write this document but not the journey), and its own update log in IndexedDB under a
 * separate key, so annotations written offline are kept and sent when the connection returns.
 */
export function openAnnotationsRoom(options: OpenAnnotationsRoomOptions): AnnotationsRoom {
  const { boardId } = options
  const doc = new Y.Doc()
  const status = new ValueEmitter<AnnotationsRoomStatus>({ phase: 'offline', refusal: null, storageError: null })
  const list = new ValueEmitter<AnnotationList>(readAnnotations(doc))
  const persistence = new DexieDocPersistence(options.database, annotationsDocKey(boardId), doc, {
    onError: (message) => status.update({ storageError: message }),
  })
  let provider: WebsocketProvider | null = null
  let wantConnection = options.connect ?? true
  let destroyed = false

  const refreshList = () => list.set(readAnnotations(doc))
  annotationsMap(doc).observe(refreshList)

  const refreshPhase = () => {
    if (!provider) return
    status.update({ phase: provider.wsconnected && provider.synced ? 'online' : provider.wsconnected ? 'syncing' : 'offline' })
  }

  let isOpen = false
  const ready = (async () => {
    const participantKey = await boardParticipantKey(options.database, boardId)
    await persistence.whenLoaded
    if (destroyed) return
    provider = createSyncProvider(options.serverUrl, annotationsRoomName(boardId), doc, {
      connect: wantConnection,
      token: options.token,
      participantKey,
      WebSocketPolyfill: options.WebSocketPolyfill,
    })
    provider.on('status', ({ status: socketStatus }) => {
      if (socketStatus === 'connected') isOpen = true
    })
    provider.on('connection-close', (event) => {
      options.onSocketClose?.({ code: event?.code ?? 1006, reason: event?.reason ?? '', wasOpen: isOpen })
      isOpen = false
    })
    // Nobody's cursor lives here; presence travels with the board's own room.
    provider.awareness.setLocalState(null)
    provider.on('status', refreshPhase)
    provider.on('sync', refreshPhase)
    provider.on('closed', ({ code, reason }) => status.update({ refusal: { code, reason } }))
    refreshPhase()
  })()

  return {
    boardId,
    doc,
    ready,
    list: () => list.get(),
    subscribe: (listener) => list.subscribe(listener),
    getStatus: () => status.get(),
    subscribeStatus: (listener) => status.subscribe(listener),
    refuse(refusal) {
      wantConnection = false
      provider?.disconnect()
      status.update({ refusal, phase: 'offline' })
    },
    add: (input) => addAnnotation(doc, input),
    markHandled: (id, by) => markAnnotationHandled(doc, id, by),
    reopen: (id) => reopenAnnotation(doc, id),
    connect() {
      wantConnection = true
      if (status.get().refusal) status.update({ refusal: null })
      provider?.connect()
    },
    disconnect() {
      wantConnection = false
      provider?.disconnect()
      refreshPhase()
    },
    async flush() {
      await ready
      await persistence.flush()
    },
    async destroy() {
      if (destroyed) return
      destroyed = true
      await ready.catch(() => undefined)
      annotationsMap(doc).unobserve(refreshList)
      provider?.destroy()
      await persistence.destroy()
      doc.destroy()
    },
  }
}
