import { JOURNEY_FRAME_TYPE } from '@sammen/journey-shapes'
import type { BoardRoom } from '@sammen/sync'
import { useEffect, useRef } from 'react'
import { react, useEditor, type Editor, type TLPageId, type TLShapeId } from 'tldraw'
import { useT } from '../i18n'
import { useBoardRoomContext } from '../room/BoardRoomContext'
import { fitCamera, journeyBounds, readSavedCameras, saveCamera, type Box, type SavedCameras } from '../camera/boardCamera'
import { LINKED_CARD_GRACE_MS, LINKED_CARD_OFFLINE_GRACE_MS, withoutCardLink } from './cardLink'
import { useSharedBoardToast } from './BoardToast'

/**
 * The person's view of the board (a child of <Tldraw>, renders nothing); what it does and why is in `boardCamera.ts`:
 * the journey fitted on a first visit, the person's own last camera on later ones, and the selected card kept in view
 * when a panel opening in the side column narrows the canvas. A board opened from a card link (`?kort=`, the
 * library's search and the agency page) shows that card instead, selected, once the card is in the store.
 */
export function BoardCamera({ boardId, linkedCardId = null }: { boardId: string; linkedCardId?: string | null }) {
  const editor = useEditor()
  const room = useBoardRoomContext()
  const toast = useSharedBoardToast()
  const missingText = useT().cardLink.missing
  const reportMissing = useRef(() => toast.show(missingText))
  reportMissing.current = () => toast.show(missingText)
  useEffect(() => {
    const stopRemembering = linkedCardId ? showLinkedCard(editor, room, linkedCardId, () => reportMissing.current()) : rememberCamera(editor, room, boardId)
    const stopKeeping = keepSelectionVisible(editor)
    return () => {
      stopRemembering()
      stopKeeping()
    }
  }, [editor, room, boardId, linkedCardId])
  return null
}

const isFollowing = (editor: Editor) => editor.getInstanceState().followingUserId !== null

/** How long after the room is in step with the server a board without a journey frame counts as having none. */
const NO_FRAME_SETTLE_MS = 1000

function rememberCamera(editor: Editor, room: BoardRoom, boardId: string): () => void {
  const saved = readSavedCameras(localStorage, boardId)
  // Pages whose saved camera was put back (or that need none) in this session.
  const settled = new Set<string>()
  let decided = saved !== null
  let saveTimer: ReturnType<typeof setTimeout> | null = null

  if (saved && editor.getPage(saved.pageId as TLPageId) && saved.pageId !== editor.getCurrentPageId()) {
    editor.run(() => editor.setCurrentPage(saved.pageId as TLPageId), { history: 'ignore' })
  }

  const stopRestoring = react('sammen restore camera', () => {
    const pageId = editor.getCurrentPageId()
    if (!saved || settled.has(pageId)) return
    settled.add(pageId)
    restore(editor, saved, pageId)
  })

  // A newcomer's board arrives from the server after the canvas mounted: fit once the journey is there.
  const stopFitting = react('sammen first visit fit', () => {
    if (decided) return
    const bounds = currentJourneyBounds(editor)
    if (!bounds) return
    decided = true
    // Out of the reaction: moving the camera from inside it would change what it reads.
    editor.timers.setTimeout(() => {
      // "Follow me" is running and this person follows: the leader's view is the view.
      if (isFollowing(editor)) return
      const viewport = editor.getViewportScreenBounds()
      editor.setCamera(fitCamera(bounds, { w: viewport.w, h: viewport.h }), { immediate: true })
      // What the first-view benchmark times (e2e/bench/firstView.bench.ts): navigation → this → painted.
      performance.mark('sammen:first-view-fitted')
    }, 0)
  })

  // A board that has no frame once it is in step with the server (a blank board) keeps the view it has: a frame
  // inserted later is the person's own doing, not a first visit to fit.
  let settleTimer: ReturnType<typeof setTimeout> | null = null
  const settleWithoutFrame = () => {
    if (decided || settleTimer || room.getStatus().phase !== 'online') return
    settleTimer = setTimeout(() => {
      decided = true
      // Start remembering this view now (the save reaction has nothing new to react to).
      saveCamera(localStorage, boardId, editor.getCurrentPageId(), editor.getCamera())
    }, NO_FRAME_SETTLE_MS)
  }
  settleWithoutFrame()
  const stopWatchingStatus = room.subscribeStatus(settleWithoutFrame)

  const stopSaving = react('sammen save camera', () => {
    const camera = editor.getCamera()
    const pageId = editor.getCurrentPageId()
    // Not before the first view is decided: a visitor who leaves before the board arrived still gets the fit next time.
    if (!decided) return
    if (saveTimer) clearTimeout(saveTimer)
    saveTimer = setTimeout(() => saveCamera(localStorage, boardId, pageId, camera), 300)
  })

  return () => {
    stopRestoring()
    stopFitting()
    stopSaving()
    stopWatchingStatus()
    if (saveTimer) clearTimeout(saveTimer)
    if (settleTimer) clearTimeout(settleTimer)
  }
}

/**
 * Waits for the linked card (a newcomer's board arrives from the server after the canvas mounted), then shows its
 * page, selects it and centres it, at most at 100 %. Once the board is in step with the server (or has loaded with
 * no server) and the card is still not there after a grace period, the toast says so politely. Either way the link
 * leaves the address, and the camera from then on is remembered as usual.
 */
function showLinkedCard(editor: Editor, room: BoardRoom, shapeId: string, onMissing: () => void): () => void {
  let done = false
  let graceTimer: ReturnType<typeof setTimeout> | null = null
  let saveTimer: ReturnType<typeof setTimeout> | null = null
  const finish = () => {
    done = true
    history.replaceState(history.state, '', `${location.pathname}${withoutCardLink(location.search)}${location.hash}`)
  }
  const stopWatching = react('sammen linked card', () => {
    if (done || !editor.getShape(shapeId as TLShapeId)) return
    finish()
    // Out of the reaction: changing page and camera from inside it would change what it reads.
    editor.timers.setTimeout(() => focusCard(editor, shapeId as TLShapeId), 0)
  })
  const judgeMissing = () => {
    if (done) return
    if (graceTimer) clearTimeout(graceTimer)
    graceTimer = null
    const phase = room.getStatus().phase
    if (phase === 'syncing') return
    // In step with the server: the card would be here by now. Not connected (yet): give the connection a chance.
    graceTimer = setTimeout(
      () => {
        graceTimer = null
        if (done || editor.getShape(shapeId as TLShapeId)) return
        finish()
        onMissing()
      },
      phase === 'online' ? LINKED_CARD_GRACE_MS : LINKED_CARD_OFFLINE_GRACE_MS,
    )
  }
  judgeMissing()
  const stopStatus = room.subscribeStatus(judgeMissing)
  const stopSaving = react('sammen save camera after card link', () => {
    const camera = editor.getCamera()
    const pageId = editor.getCurrentPageId()
    if (!done) return
    if (saveTimer) clearTimeout(saveTimer)
    saveTimer = setTimeout(() => saveCamera(localStorage, room.boardId, pageId, camera), 300)
  })
  return () => {
    stopWatching()
    stopStatus()
    stopSaving()
    if (graceTimer) clearTimeout(graceTimer)
    if (saveTimer) clearTimeout(saveTimer)
  }
}

function focusCard(editor: Editor, shapeId: TLShapeId) {
  const pageId = editor.getAncestorPageId(shapeId)
  if (!pageId) return
  editor.run(
    () => {
      if (pageId !== editor.getCurrentPageId()) editor.setCurrentPage(pageId)
      editor.select(shapeId)
    },
    { history: 'ignore' },
  )
  const bounds = editor.getShapePageBounds(shapeId)
  if (!bounds || isFollowing(editor)) return
  editor.zoomToBounds(bounds.clone().expandBy(48), { targetZoom: 1, immediate: true })
}

function restore(editor: Editor, saved: SavedCameras, pageId: string) {
  const camera = saved.pages[pageId]
  if (!camera || isFollowing(editor)) return
  editor.timers.setTimeout(() => editor.setCamera(camera, { immediate: true }), 0)
}

/** The journey on the current page (see `journeyBounds`), in page coordinates; null when the page has no frame. */
function currentJourneyBounds(editor: Editor): Box | null {
  const frames: Box[] = []
  const others: Box[] = []
  for (const shape of editor.getCurrentPageShapes()) {
    if (shape.parentId !== editor.getCurrentPageId()) continue
    const bounds = editor.getShapePageBounds(shape)
    if (!bounds) continue
    ;(shape.type === JOURNEY_FRAME_TYPE ? frames : others).push({ x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h })
  }
  return journeyBounds(frames, others)
}

/**
 * A panel opening in the side column narrows the canvas; the card the person is working on (often the one whose
 * details just opened) must stay in view, so the camera pans just enough. Never while following: moving the
 * camera would end the follow.
 */
function keepSelectionVisible(editor: Editor): () => void {
  let previous = editor.getViewportScreenBounds().clone()
  return react('sammen keep selection visible', () => {
    const bounds = editor.getViewportScreenBounds()
    if (bounds.w === previous.w && bounds.h === previous.h) return
    const narrower = bounds.w < previous.w || bounds.h < previous.h
    previous = bounds.clone()
    if (!narrower || isFollowing(editor) || editor.getSelectedShapeIds().length === 0) return
    editor.timers.setTimeout(() => panSelectionIntoView(editor), 0)
  })
}

/** Pans (never zooms: tldraw's zoomToSelectionIfOffscreen zooms out) just enough to show the selection, 32 px in. */
function panSelectionIntoView(editor: Editor) {
  const selection = editor.getSelectionPageBounds()
  if (!selection || isFollowing(editor)) return
  const view = editor.getViewportPageBounds()
  const camera = editor.getCamera()
  const pad = 32 / camera.z
  const shift = (low: number, high: number, viewLow: number, viewHigh: number) => {
    if (low - pad < viewLow || high - low + 2 * pad > viewHigh - viewLow) return low - pad - viewLow
    if (high + pad > viewHigh) return high + pad - viewHigh
    return 0
  }
  const dx = shift(selection.minX, selection.maxX, view.minX, view.maxX)
  const dy = shift(selection.minY, selection.maxY, view.minY, view.maxY)
  if (dx === 0 && dy === 0) return
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches
  editor.setCamera({ x: camera.x - dx, y: camera.y - dy, z: camera.z }, { animation: { duration: reducedMotion ? 0 : 200 } })
}
