import type { BoardId } from '@sammen/journey-model'
import { createParticipantKey, roomName } from '@sammen/protocol'
import type { TLStore } from '@tldraw/tlschema'
import type { WebsocketProvider } from 'y-websocket'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { bindStoreToDoc, type StoreBinding } from '../binding/bindStoreToDoc'
import { getMetaMap, getRecordsMap, META_TITLE } from '../docLayout'
import { bindPresence, type PresenceBinding } from '../presence/bindPresence'
import type { PresenceUser } from '../presence/presencePerson'
import { ensureLocalBoard, updateLocalBoard } from '../storage/boardIndex'
import { DexieDocPersistence } from '../storage/dexieDocPersistence'
import { describeStorageError, type SammenLocalDatabase } from '../storage/localDatabase'
import { ValueEmitter } from './statusEmitter'
import type { BoardRoomStatus } from './types'
import { createSyncProvider } from './createSyncProvider'

export interface OpenBoardRoomOptions {
  boardId: BoardId
  store: TLStore
  database: SammenLocalDatabase
  /** Websocket base URL; the room connects to `${serverUrl}/${boardId}`. */
  serverUrl: string
  user: PresenceUser
  /** Start disconnected (tests, "work offline"). */
  connect?: boolean
  /** For Node: the `ws` WebSocket class. Browsers use their own. */
  WebSocketPolyfill?: typeof WebSocket
  /** Invite token (or workspace link) for a secured server; offered as a websocket subprotocol (PROTOCOL.md). */
  token?: string | null
  /**
   * The person may read the journey but not change it (viewer, user-panel member): the store is bound read-only
   * (see `bindStoreToDoc`), so nothing this client does can reach the server and get the socket closed.
   */
  readOnly?: boolean
  /**
   * Publish this person's cursor, selection and name (default: yes). A board read in the background for another
   * view (the comparison reads the as-is board) has no canvas and no cursor: nobody on that board should see a person
   * who is not looking at it. Others' presence is then not mirrored into the store either.
   */
  presence?: boolean
  /**
   * Every socket close, also the ones the browser reports without a code (1006): a refused upgrade
   * (401/403) looks like that, so the app can ask the HTTP API why.
   */
  onSocketClose?: (close: { code: number; reason: string; wasOpen: boolean }) => void
}


export interface BoardRoom {
  readonly boardId: BoardId
  readonly doc: Y.Doc
  readonly awareness: Awareness
  /** Resolves once the board's IndexedDB content is in the store and the store is bound to the doc. */
  readonly ready: Promise<void>
  /** This browser's participant key for the board (after `ready`; null before). The votes API needs it. */
  getParticipantKey(): string | null
  getStatus(): BoardRoomStatus
  subscribeStatus(listener: (status: BoardRoomStatus) => void): () => void
  getTitle(): string
  setTitle(title: string): void
  subscribeTitle(listener: (title: string) => void): () => void
  setUser(user: PresenceUser): void
  connect(): void
  disconnect(): void
  /** Writes pending local changes to the doc and IndexedDB. */
  flush(): Promise<void>
  destroy(): Promise<void>
}

/** Less than this between edits counts as one editing burst for the board list's "last edited". */
const LAST_EDITED_RESOLUTION_MS = 2_000
/** How long a board new to this browser waits for the server's copy before it opens empty (offline). */
const FIRST_CONTACT_WAIT_MS = 4_000
/** Outgoing document updates while someone else is present: ~30 a second. */
const SHARED_THROTTLE_MS = 33

/**
 * Opens a board: its Y.Doc restored from IndexedDB, bound to the tldraw store, kept in IndexedDB as it
 * changes, synced with the server over y-websocket whenever there is a connection, with presence over
 * awareness. The board works fully offline; edits merge when the connection returns.
 */
export function openBoardRoom(options: OpenBoardRoomOptions): BoardRoom {
  const { boardId, store, database } = options
  const doc = new Y.Doc()
  const awareness = new Awareness(doc)
  const meta = getMetaMap(doc)
  const status = new ValueEmitter<BoardRoomStatus>({
    phase: 'offline',
    hasUnsyncedChanges: false,
    needsReload: false,
    storageError: null,
    refusal: null,
  })
  const title = new ValueEmitter<string>('')
  const persistence = new DexieDocPersistence(database, boardId, doc, {
    onError: (message) => status.update({ storageError: message }),
  })
  let binding: StoreBinding | null = null
  let presence: PresenceBinding | null = null
  let provider: WebsocketProvider | null = null
  let wantConnection = options.connect ?? true
  let destroyed = false
  let lastEditedWrite = 0
  let isOpen = false
  let participantKey: string | null = null

  const reportStorageError = (error: unknown) => status.update({ storageError: describeStorageError(error) })
  /** The board index is a convenience for the start page: failing to update it must not stop the board. */
  const recordInIndex = (changes: Parameters<typeof updateLocalBoard>[2]) => {
    updateLocalBoard(database, boardId, changes).catch(reportStorageError)
  }

  const isInStep = () => Boolean(provider?.wsconnected && provider.synced)
  const refreshPhase = () => {
    if (!provider) return
    const phase = isInStep() ? 'online' : provider.wsconnected ? 'syncing' : 'offline'
    const cameOnline = phase === 'online' && status.get().phase !== 'online'
    if (cameOnline || (phase === 'online' && status.get().hasUnsyncedChanges)) {
      // In step: everything local has been sent (see firstContact for the order of sync messages).
      recordInIndex({ hasUnsyncedChanges: false, lastSyncedAt: Date.now() })
    }
    status.update(phase === 'online' ? { phase, hasUnsyncedChanges: false } : { phase })
  }

  const onDocUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === persistence) return
    const now = Date.now()
    const local = origin !== provider
    const changes: Parameters<typeof updateLocalBoard>[2] = {}
    if (local && !isInStep() && !status.get().hasUnsyncedChanges) {
      status.update({ hasUnsyncedChanges: true })
      changes.hasUnsyncedChanges = true
    }
    if (now - lastEditedWrite > LAST_EDITED_RESOLUTION_MS) {
      lastEditedWrite = now
      changes.lastEditedAt = now
    }
    if (Object.keys(changes).length > 0) recordInIndex(changes)
  }

  const onMetaChange = () => {
    const next = typeof meta.get(META_TITLE) === 'string' ? (meta.get(META_TITLE) as string) : ''
    if (next !== title.get()) {
      title.set(next)
      recordInIndex({ title: next })
    }
  }

  const ready = (async () => {
    try {
      const summary = await ensureLocalBoard(database, boardId)
      participantKey = summary.participantKey
      status.update({ hasUnsyncedChanges: summary.hasUnsyncedChanges })
    } catch (error) {
      // No IndexedDB (blocked, private mode, broken): the board still works from memory and the server.
      reportStorageError(error)
      participantKey = createParticipantKey()
    }
    await persistence.whenLoaded
    if (destroyed) return
    provider = createSyncProvider(options.serverUrl, roomName(boardId, 'journey'), doc, {
      awareness,
      connect: wantConnection,
      token: options.token,
      participantKey,
      WebSocketPolyfill: options.WebSocketPolyfill,
    })
    provider.on('status', refreshPhase)
    provider.on('sync', refreshPhase)
    // Reconnecting stops by itself after a permanent code (shouldReconnect); 'closed' says which.
    provider.on('closed', ({ code, reason }) => status.update({ refusal: { code, reason } }))
    provider.on('connection-close', (event) => {
      options.onSocketClose?.({ code: event?.code ?? 1006, reason: event?.reason ?? '', wasOpen: isOpen })
      isOpen = false
    })
    provider.on('status', ({ status: socketStatus }) => {
      if (socketStatus === 'connected') isOpen = true
    })
    refreshPhase()
    // A board this browser has never held: take the server's copy before binding. Binding an empty doc
    // would write tldraw's default page and this client's schema into a board that already has its own.
    if (getRecordsMap(doc).size === 0 && wantConnection) await firstContact(provider, FIRST_CONTACT_WAIT_MS)
    if (destroyed) return
    onMetaChange()
    meta.observe(onMetaChange)
    binding = bindStoreToDoc({
      store,
      doc,
      getThrottleMs: () => (awareness.getStates().size > 1 ? SHARED_THROTTLE_MS : 0),
      onNeedsReload: () => status.update({ needsReload: true }),
      readOnly: options.readOnly ?? false,
    })
    if (binding.needsReload) status.update({ needsReload: true })
    if (options.presence !== false) presence = bindPresence({ store, awareness, user: options.user })
    doc.on('update', onDocUpdate)
  })()

  return {
    boardId,
    doc,
    awareness,
    ready,
    getParticipantKey: () => participantKey,
    getStatus: () => status.get(),
    subscribeStatus: (listener) => status.subscribe(listener),
    getTitle: () => title.get(),
    setTitle(next) {
      if (options.readOnly) return
      const trimmed = next.trim().slice(0, 200)
      if (trimmed !== title.get()) doc.transact(() => meta.set(META_TITLE, trimmed))
    },
    subscribeTitle: (listener) => title.subscribe(listener),
    setUser(user) {
      options.user = user
      presence?.setUser(user)
    },
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
      binding?.flush()
      await persistence.flush()
    },
    async destroy() {
      if (destroyed) return
      destroyed = true
      await ready.catch(() => undefined)
      binding?.dispose()
      presence?.dispose()
      if (binding) {
        // Only a room that finished opening observes the doc (Yjs warns when removing an absent observer).
        doc.off('update', onDocUpdate)
        meta.unobserve(onMetaChange)
      }
      provider?.destroy()
      awareness.destroy()
      await persistence.destroy()
      doc.destroy()
    },
  }
}

/** Resolves once the provider is in step with the server, has failed to connect, or `timeoutMs` passed. */
function firstContact(provider: WebsocketProvider, timeoutMs: number): Promise<void> {
  if (provider.synced) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      provider.off('sync', onSync)
      provider.off('connection-close', done)
      provider.off('connection-error', done)
      resolve()
    }
    const onSync = (isSynced: boolean) => {
      if (isSynced) done()
    }
    const timer = setTimeout(done, timeoutMs)
    provider.on('sync', onSync)
    provider.on('connection-close', done)
    provider.on('connection-error', done)
  })
}
