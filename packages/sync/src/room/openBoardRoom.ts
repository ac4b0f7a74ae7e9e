import type { BoardId } from '@sammen/journey-model'
import { createParticipantKey, roomName } from '@sammen/protocol'
import type { TLRecord, TLStore } from '@tldraw/tlschema'
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
import { createSyncProvider, holdOutgoingUpdates } from './createSyncProvider'

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
  /**
   * A large board's first view: the ids of the records it needs (closed under parents and bindings), or null to
   * load everything at once. Those go into the store before `ready`; the rest follow in batches once the first
   * view is shown (`afterFirstView`), and `loaded` resolves when all are in.
   */
  firstView?: (records: readonly TLRecord[]) => ReadonlySet<string> | null
  /**
   * Runs work that the first view does not need (the cross-tab channel's full sync, the rest of a staged load) once
   * the app has shown it; the app knows when it painted. Default: a timer after `ready`.
   */
  afterFirstView?: (work: () => void) => void
  /**
   * Runs work after the page has drawn its next frame: between two batches of a staged load, so each batch's shapes
   * are laid out and painted before the next comes. Default: the next task.
   */
  afterNextFrame?: (work: () => void) => void
}


export interface BoardRoom {
  readonly boardId: BoardId
  readonly doc: Y.Doc
  readonly awareness: Awareness
  /**
   * Resolves once the store is bound to the doc and holds the board's IndexedDB content, or at least what the first
   * view needs (`firstView`).
   */
  readonly ready: Promise<void>
  /** Resolves once every record of the board's initial load is in the store (with `ready` unless staged). */
  readonly loaded: Promise<void>
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
/** Without an app to say when its first view is shown, deferred work waits this long after `ready`. */
const DEFAULT_FIRST_VIEW_MS = 50

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
  const afterFirstView = options.afterFirstView ?? ((work: () => void) => void setTimeout(work, DEFAULT_FIRST_VIEW_MS))
  let resolveLoaded: () => void = () => {}
  const loaded = new Promise<void>((resolve) => {
    resolveLoaded = resolve
  })

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
      // Started after the first view (below): joining the channel sends this tab's whole state to the others,
      // an encoding of the whole board that the first view does not need.
      crossTab: false,
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
    if (getRecordsMap(doc).size === 0 && wantConnection) {
      // The copy arrives as one large update. Nobody listens for updates meanwhile (nothing else writes to the doc
      // before it is bound), so Yjs does not encode it once more as an update event; IndexedDB gets the whole state
      // once the first view is shown.
      persistence.suspend()
      const release = holdOutgoingUpdates(provider)
      await firstContact(provider, FIRST_CONTACT_WAIT_MS)
      release()
      persistence.resume(afterFirstView)
    }
    if (destroyed) return
    onMetaChange()
    meta.observe(onMetaChange)
    binding = bindStoreToDoc({
      store,
      doc,
      getThrottleMs: () => (awareness.getStates().size > 1 ? SHARED_THROTTLE_MS : 0),
      onNeedsReload: () => status.update({ needsReload: true }),
      readOnly: options.readOnly ?? false,
      ...(options.firstView ? { stagedLoad: { firstView: options.firstView, schedule: scheduleBatches } } : {}),
    })
    if (binding.needsReload) status.update({ needsReload: true })
    if (options.presence !== false) presence = bindPresence({ store, awareness, user: options.user })
    doc.on('update', onDocUpdate)
    void binding.whenLoaded.then(resolveLoaded)
    afterFirstView(startCrossTab)
  })()
  // A room that failed or was closed before it finished opening has loaded all it ever will.
  ready.then(
    () => (binding ? undefined : resolveLoaded()),
    () => resolveLoaded(),
  )

  /** The cross-tab channel (tabs of this browser stay in step without the server), once the first view is shown. */
  function startCrossTab() {
    if (destroyed || !provider) return
    provider.disableBc = false
    if (wantConnection) provider.connectBc()
  }

  /** The rest of a staged load: after the first view is shown, a batch per frame so the page keeps drawing. */
  function scheduleBatches(putBatch: () => boolean) {
    const afterNextFrame = options.afterNextFrame ?? ((work: () => void) => void setTimeout(work, 0))
    afterFirstView(() => {
      const next = () => {
        if (!destroyed && putBatch()) afterNextFrame(next)
      }
      next()
    })
  }

  return {
    boardId,
    doc,
    awareness,
    ready,
    loaded,
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
      // Joins the cross-tab channel too, once it has been started (startCrossTab).
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
