/**
 * Where a person's view of a board starts. Decided (issue 11):
 * - The first time this browser opens a board, the journey is fitted into the canvas (`fitCamera`), below tldraw's
 *   menus and above its toolbar, at most at 100 %.
 * - After that the view is the person's own: the last camera on each page (and the last page) is kept in this
 *   browser's localStorage per board (`sammen.camera.<boardId>`) and comes back on the next visit. It is never
 *   shared: a camera is session state, not part of the board.
 * - A running "follow me" wins over both: the follower's view is the leader's.
 */

export interface Camera {
  x: number
  y: number
  z: number
}

export interface SavedCameras {
  /** The page the person was on last. */
  pageId: string
  /** The last camera on each page the person looked at. */
  pages: Record<string, Camera>
}

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** Room left around the journey for tldraw's own overlays: menus at the top, toolbar at the bottom. */
export interface Insets {
  top: number
  right: number
  bottom: number
  left: number
}

export const FIT_INSETS: Insets = { top: 64, right: 24, bottom: 72, left: 24 }
const MIN_ZOOM = 0.1
const MAX_ZOOM = 1

const keyOf = (boardId: string) => `sammen.camera.${boardId}`

const isCamera = (value: unknown): value is Camera =>
  typeof value === 'object' &&
  value !== null &&
  ['x', 'y', 'z'].every((key) => Number.isFinite((value as Record<string, unknown>)[key])) &&
  (value as Camera).z > 0

/** The saved cameras of a board, or null on a first visit (or when what is stored is not a camera). */
export function readSavedCameras(storage: Pick<Storage, 'getItem'>, boardId: string): SavedCameras | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(storage.getItem(keyOf(boardId)) ?? 'null')
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const { pageId, pages } = parsed as Record<string, unknown>
  if (typeof pageId !== 'string' || typeof pages !== 'object' || pages === null) return null
  const valid = Object.entries(pages).filter((entry): entry is [string, Camera] => isCamera(entry[1]))
  return valid.length > 0 ? { pageId, pages: Object.fromEntries(valid) } : null
}

export function saveCamera(storage: Pick<Storage, 'getItem' | 'setItem'>, boardId: string, pageId: string, camera: Camera): void {
  const saved = readSavedCameras(storage, boardId)
  const next: SavedCameras = { pageId, pages: { ...saved?.pages, [pageId]: { x: camera.x, y: camera.y, z: camera.z } } }
  try {
    storage.setItem(keyOf(boardId), JSON.stringify(next))
  } catch {
    // A full or blocked localStorage only costs the next visit its remembered view.
  }
}

/**
 * The camera (tldraw's: screen = (page + camera) × zoom) that shows `bounds` whole and centred in a viewport of
 * `viewport` size, inside `insets`, at most at 100 % (a small journey is not blown up).
 */
export function fitCamera(bounds: Box, viewport: { w: number; h: number }, insets: Insets = FIT_INSETS): Camera {
  const width = Math.max(1, viewport.w - insets.left - insets.right)
  const height = Math.max(1, viewport.h - insets.top - insets.bottom)
  const fit = Math.min(width / Math.max(bounds.w, 1), height / Math.max(bounds.h, 1))
  const z = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fit))
  return {
    x: (insets.left + (width - bounds.w * z) / 2) / z - bounds.x,
    y: (insets.top + (height - bounds.h * z) / 2) / z - bounds.y,
    z,
  }
}

/**
 * What "the journey" is on a page: the journey frames, together with the shapes that touch them or lie close by
 * (the situation written above the frame, labels of arrows that leave it), but not a card parked far away.
 */
export function journeyBounds(frames: Box[], others: Box[], margin = 300): Box | null {
  if (frames.length === 0) return null
  let union = frames.reduce(unionOf)
  const near = { x: union.x - margin, y: union.y - margin, w: union.w + 2 * margin, h: union.h + 2 * margin }
  for (const box of others) if (intersects(box, near)) union = unionOf(union, box)
  return union
}

function unionOf(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y }
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}
