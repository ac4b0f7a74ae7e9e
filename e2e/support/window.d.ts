// The hooks apps/web exposes with `?e2e` (apps/web/src/board/exposeForTests.ts), as page.evaluate sees
// them. Only the editor and room methods the tests and benchmarks use are typed, so e2e does not
// depend on tldraw or @sammen/sync.
interface E2eShape {
  id: string
  type: string
  parentId: string
  x: number
  y: number
  props: Record<string, unknown>
}

interface E2eShapePartial {
  type: string
  x?: number
  y?: number
  props?: Record<string, unknown>
}

interface E2eBinding {
  id: string
  type: string
  fromId: string
  toId: string
  props: Record<string, unknown>
}

interface E2eEditor {
  getShape(id: string): E2eShape | undefined
  getBindingsFromShape(shapeId: string, type: string): E2eBinding[]
  getCurrentPageShapes(): E2eShape[]
  getCurrentPageShapeIds(): Set<string>
  getShapeUtil(shape: E2eShape): { getText(shape: E2eShape): string | undefined }
  getCollaborators(): { userName: string; userId: string }[]
  getEditingShapeId(): string | null
  getCurrentToolId(): string
  createShapes(shapes: E2eShapePartial[]): unknown
  updateShapes(shapes: (E2eShapePartial & { id: string })[]): unknown
  run(fn: () => void): unknown
  focus(): void
  getCurrentPageId(): string
  getSelectedShapeIds(): string[]
  getPages(): { id: string; name: string }[]
  renamePage(id: string, name: string): unknown
  getSortedChildIdsForParent(id: string): string[]
  getDocumentSettings(): { meta: Record<string, unknown> }
  getCurrentPage(): { id: string; name: string }
  pageToScreen(point: { x: number; y: number }): { x: number; y: number }
  getCamera(): { x: number; y: number; z: number }
  setCamera(camera: { x: number; y: number; z?: number }, options?: { immediate?: boolean }): unknown
  getZoomLevel(): number
  getCameraState(): 'idle' | 'moving'
  zoomToFit(): unknown
  selectNone(): unknown
  select(...ids: string[]): unknown
  deleteShapes(ids: string[]): unknown
  setCurrentTool(id: string): unknown
  updateDocumentSettings(settings: { meta: Record<string, unknown> }): unknown
  getViewportPageBounds(): E2eBox
  getViewportScreenBounds(): E2eBox
  getSelectionPageBounds(): E2eBox | null
  getShapePageBounds(id: string): E2eBox | undefined
}

interface E2eBox {
  minX: number
  minY: number
  maxX: number
  maxY: number
}

interface E2eRoomStatus {
  phase: 'online' | 'syncing' | 'offline'
  hasUnsyncedChanges: boolean
  needsReload: boolean
  storageError: string | null
}

interface E2eRoom {
  getStatus(): E2eRoomStatus
  connect(): void
  disconnect(): void
  flush(): Promise<void>
}

declare global {
  interface Window {
    __sammenEditor?: E2eEditor
    __sammenRoom?: E2eRoom
    /** Lays a journey (journey-model's `Journey`, checked by its schema) out on the open board, as a new board does. */
    __sammenLayOutJourney?: (journey: unknown) => void
  }
}

export {}
