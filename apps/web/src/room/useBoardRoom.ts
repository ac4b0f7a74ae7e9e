import type { BoardId } from '@sammen/journey-model'
import { openBoardRoom, type BoardRoom, type BoardRoomStatus, type PresenceUser } from '@sammen/sync'
import { useEffect, useState } from 'react'
import { CameraRecordType, createTLStore, defaultBindingUtils, type TLPageId, type TLStore } from 'tldraw'
import { createAccessGuard } from '../access/accessGuard'
import { clearBoardAccess, getBoardAccess } from '../access/boardAccess'
import { getDictionary } from '../i18n'
import { useAppStore } from '../state/appStore'
import { presenceUserFor as presenceWithAgency } from '../state/personPresence'
import { boardShapeUtils } from '../shapes/sammenShapes'
import { getLocalDatabase, syncServerUrl } from '../sync/database'
import { planFirstView, type Camera, type FirstViewStart } from './firstView'
import { attachFirstViewSignal, createFirstViewSignal } from './firstViewShown'

export type BoardRoomState =
  | { phase: 'loading' }
  | { phase: 'ready'; store: TLStore; room: BoardRoom }
  | { phase: 'failed'; error: unknown }

/**
 * What others see: the name (an emptied name field should not leave a nameless cursor), and the cursor
 * label and colour of the person's agency.
 */
export function presenceUserFor(person: PresenceUser, fallbackName: string): PresenceUser {
  const citizen = getDictionary(useAppStore.getState().language).access.person.citizenShort
  return presenceWithAgency(person, fallbackName, citizen)
}

export interface BoardRoomOptions {
  /**
   * Where the canvas will start (the person's last page and camera, null on a first visit), when the board opens
   * on its canvas: a large board then loads what that view shows first (room/firstView.ts). Leave it out for views
   * without a canvas (or return null): they read the whole board at once.
   */
  firstView?: () => { pageId: string | null; camera: Camera | null } | null
}

/**
 * Opens the board's room (IndexedDB first, then the server) with a fresh tldraw store,
 * and closes it when the board is left. Store and room are created together inside the
 * effect so a remount (React strict mode, switching boards) never reuses a destroyed room.
 */
export function useBoardRoom(boardId: BoardId, fallbackName: string, options: BoardRoomOptions = {}): BoardRoomState {
  const [state, setState] = useState<BoardRoomState>({ phase: 'loading' })

  useEffect(() => {
    let cancelled = false
    setState({ phase: 'loading' })
    // The same shape utils go to <Tldraw shapeUtils>: the store's schema is what the sync binding validates with.
    const store = createTLStore({ shapeUtils: boardShapeUtils, bindingUtils: defaultBindingUtils })
    // Before the room connects: the invite token (from the link or storage) goes with the socket.
    const guard = createAccessGuard(boardId)
    const firstViewShown = createFirstViewSignal()
    const startAt = options.firstView
    let start: FirstViewStart | null = null
    const room = openBoardRoom({
      boardId,
      store,
      database: getLocalDatabase(),
      serverUrl: syncServerUrl(),
      user: presenceUserFor(useAppStore.getState().person, fallbackName),
      token: guard.token,
      onSocketClose: guard.onSocketClose,
      // Viewers and panel members: the server refuses their document changes, so none may leave this tab.
      readOnly: !getBoardAccess().canEdit,
      ...(startAt
        ? {
            firstView: (records) => {
              const wanted = startAt()
              if (!wanted) return null
              const plan = planFirstView(records, { ...wanted, viewport: { w: window.innerWidth, h: window.innerHeight } })
              start = plan.start
              return plan.records
            },
          }
        : {}),
      afterFirstView: firstViewShown.after,
      afterNextFrame: (work) => requestAnimationFrame(() => setTimeout(work, 0)),
    })
    attachFirstViewSignal(room, firstViewShown)
    guard.attach(room)
    // Name, agency and language changes reach the others' cursors and people lists at once.
    const stopFollowingPerson = useAppStore.subscribe((state, previous) => {
      if (state.person !== previous.person || state.language !== previous.language) {
        room.setUser(presenceUserFor(state.person, fallbackName))
      }
    })
    performance.mark('sammen:room-open')
    room.ready.then(
      () => {
        // Marks for the cold-open benchmark (e2e/bench): IndexedDB loaded and bound, then editor mounted.
        performance.mark('sammen:room-ready')
        if (start) startCameraAt(store, start)
        if (!cancelled) setState({ phase: 'ready', store, room })
        // A large board loads the rest of its records after the first view (firstView.ts): all in from here.
        void room.loaded.then(() => performance.mark('sammen:room-loaded'))
      },
      (error: unknown) => {
        if (!cancelled) setState({ phase: 'failed', error })
      },
    )
    return () => {
      cancelled = true
      stopFollowingPerson()
      guard.dispose()
      clearBoardAccess()
      room.destroy()
    }
    // fallbackName and where the view starts only matter at open time; later name changes go through room.setUser.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boardId])

  return state
}

/**
 * Puts the camera the canvas starts with into the store before tldraw mounts (BoardCamera then settles it with the
 * canvas's real size). tldraw renders every shape's component when it mounts; at its default 100 % a large journey's
 * cards would render in full, only to render again drawn small (cardDetail.ts) once the journey is fitted.
 * Cameras are session records: the store keeps them, the sync binding never sends them.
 */
function startCameraAt(store: TLStore, start: FirstViewStart) {
  const pageId = start.pageId as TLPageId
  if (!store.has(pageId)) return
  // The store made a default camera for every page it was given; the room opens once, before any canvas.
  const id = CameraRecordType.createId(pageId)
  store.put([{ ...(store.get(id) ?? CameraRecordType.create({ id })), ...start.camera }])
}

/** The room's connection status, live. */
export function useRoomStatus(room: BoardRoom): BoardRoomStatus {
  const [status, setStatus] = useState(() => room.getStatus())
  useEffect(() => {
    setStatus(room.getStatus())
    return room.subscribeStatus(setStatus)
  }, [room])
  return status
}

/** The room's title, live (it is part of the shared document, so others' renames arrive here). */
export function useRoomTitle(room: BoardRoom): string {
  const [title, setTitle] = useState(() => room.getTitle())
  useEffect(() => {
    setTitle(room.getTitle())
    return room.subscribeTitle(setTitle)
  }, [room])
  return title
}
