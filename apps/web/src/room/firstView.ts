import { JOURNEY_FRAME_TYPE, journeyFrameGeometry, type JourneyFrameShape } from '@sammen/journey-shapes'
import type { TLRecord } from 'tldraw'
import { fitCamera, journeyBounds, type Box as PageBox } from '../camera/boardCamera'

/*
 * What a large board's first view needs, so the room can put only that into the store before the canvas mounts
 * (`openBoardRoom`'s `firstView`): tldraw measures and renders every shape in its store when it mounts, in view or
 * not, which for 2,000 cards is most of the time a board takes to open. The rest follows in batches once the first
 * view is painted. Pure: records, the camera the canvas will start with, and the window's size.
 */

export interface Camera {
  x: number
  y: number
  z: number
}

export interface FirstViewInput {
  /** The page the canvas will show first (the person's last one), or null for the board's first page. */
  pageId: string | null
  /** The person's last camera on that page, or null on a first visit (a journey is then fitted into the window). */
  camera: Camera | null
  /** The canvas's size in screen pixels (the window's: a little more than the canvas, which errs on the safe side). */
  viewport: { w: number; h: number }
}

/** Fewer deferred shapes than this and the board loads at once: staging would not be felt, only add work. */
export const MIN_DEFERRED_SHAPES = 200
/** How far beyond the view, in view sizes, a shape still counts as in the first view (a first small pan or zoom). */
const MARGIN = 0.25

interface ShapeRecord {
  id: string
  typeName: 'shape'
  type: string
  parentId: string
  x: number
  y: number
  rotation: number
  index: string
  props: Record<string, unknown>
}

interface BindingRecord {
  id: string
  typeName: 'binding'
  fromId: string
  toId: string
}

interface Box {
  minX: number
  minY: number
  maxX: number
  maxY: number
}

const overlaps = (a: Box, b: Box) => a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY
const size = (props: Record<string, unknown>, key: string) => (typeof props[key] === 'number' && Number.isFinite(props[key]) ? (props[key] as number) : null)

/** Where the canvas starts: the page it shows first and the camera on it. */
export interface FirstViewStart {
  pageId: string
  camera: Camera
}

export interface FirstViewPlan {
  /**
   * Where the canvas will start, or null when the board has no page yet. The room puts this camera into the store
   * before tldraw mounts, so the first render is already at the zoom the person will see: rendered at tldraw's
   * default 100 % and then fitted, a large journey's cards would all render in full once and again drawn small.
   */
  start: FirstViewStart | null
  /**
   * The ids of the records the first view needs, closed under parents (a shape goes with its ancestors) and
   * bindings (an arrow goes with the shapes it is bound to, a binding only with both of its shapes); every record
   * that is not a shape or binding (document, pages, assets) is always in. Null when everything should load at
   * once: too little would be deferred.
   */
  records: Set<string> | null
}

/**
 * What the first view is and needs. On a first visit the view is the one the canvas will start with: the journey
 * fitted into the window (BoardCamera's fit), or tldraw's default camera on a board without a journey frame.
 */
export function planFirstView(records: readonly TLRecord[], input: FirstViewInput): FirstViewPlan {
  const shapes = new Map<string, ShapeRecord>()
  const bindings: BindingRecord[] = []
  const pages: { id: string; index: string }[] = []
  for (const record of records) {
    if (record.typeName === 'shape') shapes.set(record.id, record as unknown as ShapeRecord)
    else if (record.typeName === 'binding') bindings.push(record as unknown as BindingRecord)
    else if (record.typeName === 'page') pages.push(record as unknown as { id: string; index: string })
  }
  const pageId = pages.some((page) => page.id === input.pageId)
    ? input.pageId!
    : ([...pages].sort((a, b) => (a.index < b.index ? -1 : a.index > b.index ? 1 : 0))[0]?.id ?? null)
  if (pageId === null) return { start: null, records: null }

  /** The page a shape is on and its page position, or null position when a rotated ancestor makes it unknown. */
  const placed = new Map<string, { pageId: string | null; x: number; y: number; exact: boolean }>()
  const place = (id: string, depth = 0): { pageId: string | null; x: number; y: number; exact: boolean } => {
    const known = placed.get(id)
    if (known) return known
    const shape = shapes.get(id)!
    const parent = shapes.get(shape.parentId)
    let result
    if (!parent || depth > 100) {
      result = { pageId: parent ? null : shape.parentId, x: shape.x, y: shape.y, exact: true }
    } else {
      const at = place(parent.id, depth + 1)
      result = { pageId: at.pageId, x: at.x + shape.x, y: at.y + shape.y, exact: at.exact && parent.rotation === 0 }
    }
    placed.set(id, result)
    return result
  }

  // The person's own camera is kept only for the page it was saved on.
  const camera = (input.pageId === pageId ? input.camera : null) ?? firstVisitCamera(shapes, pageId, place, input.viewport)
  // A view that cannot be told (a broken record's sizes): tldraw's default, and everything at once.
  if (![camera.x, camera.y, camera.z].every(Number.isFinite) || camera.z <= 0) return { start: null, records: null }
  const start = { pageId, camera }
  if (shapes.size < MIN_DEFERRED_SHAPES) return { start, records: null }
  // tldraw's camera: screen = (page + camera) × zoom.
  const w = input.viewport.w / camera.z
  const h = input.viewport.h / camera.z
  const view: Box = { minX: -camera.x - w * MARGIN, minY: -camera.y - h * MARGIN, maxX: -camera.x + w * (1 + MARGIN), maxY: -camera.y + h * (1 + MARGIN) }
  // Shapes without a size of their own (arrows, lines, text): counted by their origin, in a view one size wider.
  const wideView: Box = { minX: view.minX - w, minY: view.minY - h, maxX: view.maxX + w, maxY: view.maxY + h }

  const chosen = new Set<string>()
  const addWithAncestors = (id: string) => {
    for (let at: ShapeRecord | undefined = shapes.get(id); at && !chosen.has(at.id); at = shapes.get(at.parentId)) chosen.add(at.id)
  }
  for (const shape of shapes.values()) {
    const at = place(shape.id)
    if (at.pageId !== pageId) continue
    const w = size(shape.props, 'w')
    const h = size(shape.props, 'h')
    const inView =
      !at.exact ||
      shape.rotation !== 0 ||
      (w !== null && h !== null
        ? overlaps(view, { minX: at.x, minY: at.y, maxX: at.x + w, maxY: at.y + h + (size(shape.props, 'growY') ?? 0) })
        : overlaps(wideView, { minX: at.x, minY: at.y, maxX: at.x, maxY: at.y }))
    if (inView) addWithAncestors(shape.id)
  }
  // An arrow in view is drawn to the shapes it is bound to.
  for (const binding of bindings) if (chosen.has(binding.fromId) && shapes.has(binding.toId)) addWithAncestors(binding.toId)

  if (shapes.size - chosen.size < MIN_DEFERRED_SHAPES) return { start, records: null }
  for (const record of records) {
    if (record.typeName === 'binding') {
      const binding = record as unknown as BindingRecord
      if (chosen.has(binding.fromId) && chosen.has(binding.toId)) chosen.add(binding.id)
    } else if (record.typeName !== 'shape') {
      chosen.add(record.id)
    }
  }
  return { start, records: chosen }
}

/**
 * Where the canvas starts on a first visit: the journey (its frames and the shapes close to them) fitted into the
 * window, as BoardCamera fits it once the board is there, or tldraw's default camera when the page has no frame.
 * The window is a little larger than the canvas, so this view can be a little smaller than the canvas's: the margin
 * around the view covers it.
 */
function firstVisitCamera(shapes: Map<string, ShapeRecord>, pageId: string, place: (id: string) => { pageId: string | null; x: number; y: number }, viewport: { w: number; h: number }): Camera {
  const frames: PageBox[] = []
  const others: PageBox[] = []
  for (const shape of shapes.values()) {
    if (shape.parentId !== pageId) continue
    const at = place(shape.id)
    if (shape.type === JOURNEY_FRAME_TYPE) {
      // Records not yet validated by the store: a frame without its grid counts as no frame.
      if (!Array.isArray(shape.props.phases) || !Array.isArray(shape.props.lanes)) continue
      const { w, h } = journeyFrameGeometry(shape.props as unknown as JourneyFrameShape['props'])
      frames.push({ x: at.x, y: at.y, w, h })
      continue
    }
    const w = size(shape.props, 'w')
    const h = size(shape.props, 'h')
    if (w !== null && h !== null) others.push({ x: at.x, y: at.y, w, h })
  }
  const bounds = journeyBounds(frames, others)
  return bounds ? fitCamera(bounds, viewport) : { x: 0, y: 0, z: 1 }
}
