import { describe, expect, it } from 'vitest'
import { fitCamera, journeyBounds, readSavedCameras, saveCamera } from './boardCamera'

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
}

describe('fitCamera', () => {
  it('shows the whole journey centred inside the insets', () => {
    const bounds = { x: 100, y: -50, w: 2400, h: 1500 }
    const viewport = { w: 1440, h: 844 }
    const insets = { top: 64, right: 24, bottom: 72, left: 24 }
    const camera = fitCamera(bounds, viewport, insets)
    const toScreen = (x: number, y: number) => ({ x: (x + camera.x) * camera.z, y: (y + camera.y) * camera.z })
    const topLeft = toScreen(bounds.x, bounds.y)
    const bottomRight = toScreen(bounds.x + bounds.w, bounds.y + bounds.h)
    expect(topLeft.x).toBeGreaterThanOrEqual(insets.left - 0.001)
    expect(topLeft.y).toBeGreaterThanOrEqual(insets.top - 0.001)
    expect(bottomRight.x).toBeLessThanOrEqual(viewport.w - insets.right + 0.001)
    expect(bottomRight.y).toBeLessThanOrEqual(viewport.h - insets.bottom + 0.001)
    // The tighter side (height here) is filled.
    expect(bottomRight.y - topLeft.y).toBeCloseTo(viewport.h - insets.top - insets.bottom)
    // Centred across.
    expect(topLeft.x - insets.left).toBeCloseTo(viewport.w - insets.right - bottomRight.x)
  })

  it('never zooms a small journey past 100 %', () => {
    expect(fitCamera({ x: 0, y: 0, w: 200, h: 100 }, { w: 1440, h: 900 }).z).toBe(1)
  })
})

describe('journeyBounds', () => {
  const frame = { x: 0, y: 100, w: 2000, h: 1000 }
  it('takes the frame with what lies close by (the situation above it), not a card far away', () => {
    const situation = { x: 0, y: 0, w: 600, h: 60 }
    const farAway = { x: 9000, y: 9000, w: 200, h: 100 }
    expect(journeyBounds([frame], [situation, farAway])).toEqual({ x: 0, y: 0, w: 2000, h: 1100 })
  })
  it('is null on a page without a frame', () => {
    expect(journeyBounds([], [frame])).toBeNull()
  })
})

describe('saved cameras', () => {
  it('keeps the last camera per page and the last page, per board', () => {
    const storage = memoryStorage()
    expect(readSavedCameras(storage, 'b1')).toBeNull()
    saveCamera(storage, 'b1', 'page:a', { x: 1, y: 2, z: 0.5 })
    saveCamera(storage, 'b1', 'page:b', { x: 3, y: 4, z: 1 })
    expect(readSavedCameras(storage, 'b1')).toEqual({ pageId: 'page:b', pages: { 'page:a': { x: 1, y: 2, z: 0.5 }, 'page:b': { x: 3, y: 4, z: 1 } } })
    expect(readSavedCameras(storage, 'b2')).toBeNull()
  })
  it('treats anything else in storage as a first visit', () => {
    for (const stored of ['not json', '[]', '{"pageId":"p","pages":{"p":{"x":"1","y":0,"z":1}}}', '{"pageId":"p","pages":{"p":{"x":1,"y":0,"z":0}}}']) {
      expect(readSavedCameras(memoryStorage({ 'sammen.camera.b': stored }), 'b')).toBeNull()
    }
  })
})
