import {
  CameraRecordType,
  InstancePageStateRecordType,
  TLINSTANCE_ID,
  type TLPageId,
  type TLParentId,
  type TLShape,
  type TLShapeId,
  type TLStore,
} from 'tldraw'

/** Page coordinates of a shape's top-left and its page, following its parents (frames, groups). */
function placeOnPage(store: TLStore, shape: TLShape): { pageId: TLPageId; x: number; y: number } | null {
  let x = shape.x
  let y = shape.y
  let parentId: TLParentId = shape.parentId
  for (let depth = 0; depth < 50; depth++) {
    if (parentId.startsWith('page:')) return { pageId: parentId as TLPageId, x, y }
    const parent = store.get(parentId as TLShapeId)
    if (!parent) return null
    // Rotated parents are rare on a journey board; their offset alone puts the card close enough to be seen.
    x += parent.x
    y += parent.y
    parentId = parent.parentId
  }
  return null
}

const sizeOf = (shape: TLShape) => {
  const props = shape.props as { w?: unknown; h?: unknown }
  return { w: typeof props.w === 'number' ? props.w : 100, h: typeof props.h === 'number' ? props.h : 100 }
}

/**
 * Prepares the canvas to show these shapes when it opens: their page, the shapes selected, and the camera
 * centred on them. The report and the canvas share the room's store, so the canvas's editor starts from
 * this selection and camera (session records: never synced to others).
 */
export function revealOnCanvas(store: TLStore, shapeIds: readonly string[], viewport = { w: window.innerWidth, h: window.innerHeight }): void {
  const placed = shapeIds
    .map((id) => store.get(id as TLShapeId))
    .filter((shape): shape is TLShape => shape?.typeName === 'shape')
    .flatMap((shape) => {
      const place = placeOnPage(store, shape)
      return place ? [{ shape, ...place, ...sizeOf(shape) }] : []
    })
  const first = placed[0]
  if (!first) return
  const onPage = placed.filter((item) => item.pageId === first.pageId)
  const minX = Math.min(...onPage.map((item) => item.x))
  const minY = Math.min(...onPage.map((item) => item.y))
  const maxX = Math.max(...onPage.map((item) => item.x + item.w))
  const maxY = Math.max(...onPage.map((item) => item.y + item.h))
  const zoom = Math.min(1, (viewport.w * 0.7) / Math.max(1, maxX - minX), (viewport.h * 0.6) / Math.max(1, maxY - minY))
  // tldraw's screen point = (page point + camera) × zoom, so this puts the shapes' centre in the viewport's centre.
  const camera = { x: viewport.w / 2 / zoom - (minX + maxX) / 2, y: viewport.h / 2 / zoom - (minY + maxY) / 2, z: zoom }

  const pageStateId = InstancePageStateRecordType.createId(first.pageId)
  const pageState = store.get(pageStateId)
  const selectedShapeIds = onPage.map((item) => item.shape.id)
  const cameraId = CameraRecordType.createId(first.pageId)
  const existingCamera = store.get(cameraId)
  const instance = store.get(TLINSTANCE_ID)
  store.put([
    pageState
      ? { ...pageState, selectedShapeIds, editingShapeId: null, focusedGroupId: null, hoveredShapeId: null }
      : InstancePageStateRecordType.create({ id: pageStateId, pageId: first.pageId, selectedShapeIds }),
    existingCamera ? { ...existingCamera, ...camera } : CameraRecordType.create({ id: cameraId, ...camera }),
    ...(instance ? [{ ...instance, currentPageId: first.pageId }] : []),
  ])
}
