import { JOURNEY_FRAME_TYPE } from '@sammen/journey-shapes'
import type { TLRecord } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { MIN_DEFERRED_SHAPES, planFirstView } from './firstView'

const page = (id: string, index: string) => ({ id, typeName: 'page', name: id, index, meta: {} }) as unknown as TLRecord
const shape = (id: string, x: number, y: number, extra: { parentId?: string; type?: string; props?: Record<string, unknown>; rotation?: number } = {}) =>
  ({
    id,
    typeName: 'shape',
    type: extra.type ?? 'geo',
    parentId: extra.parentId ?? 'page:a',
    x,
    y,
    rotation: extra.rotation ?? 0,
    index: 'a1',
    props: extra.props ?? { w: 100, h: 80 },
  }) as unknown as TLRecord
const binding = (id: string, fromId: string, toId: string) => ({ id, typeName: 'binding', type: 'arrow', fromId, toId }) as unknown as TLRecord
const documentRecord = { id: 'document:document', typeName: 'document' } as unknown as TLRecord

/** `count` boxes in a row going right from x = 0, 200 apart. */
const row = (count: number, prefix = 'shape:s') => Array.from({ length: count }, (_, i) => shape(`${prefix}${i}`, i * 200, 0))
const viewport = { w: 1000, h: 800 }

describe('planFirstView', () => {
  it('picks the shapes in and near the view, and every record that is not a shape', () => {
    const records = [documentRecord, page('page:a', 'a1'), ...row(400)]
    const chosen = planFirstView(records, { pageId: 'page:a', camera: { x: 0, y: 0, z: 1 }, viewport }).records!
    // The view is x 0…1000, a quarter view more on each side: x −250…1250, so shapes 0…6 (shape 6 starts at 1200).
    expect([...chosen].filter((id) => id.startsWith("shape:")).sort()).toEqual(Array.from({ length: 7 }, (_, i) => `shape:s${i}`).sort())
    expect(chosen.has('document:document')).toBe(true)
    expect(chosen.has('page:a')).toBe(true)
  })

  it('follows the camera and its zoom', () => {
    const records = [page('page:a', 'a1'), ...row(400)]
    // Page x 20,000…20,500 at zoom 2 (a view 500 wide), with a quarter view on each side: 19,875…20,625.
    const chosen = planFirstView(records, { pageId: 'page:a', camera: { x: -20_000, y: 0, z: 2 }, viewport }).records!
    const ids = [...chosen].filter((id) => id.startsWith('shape:'))
    expect(ids.sort()).toEqual(['shape:s99', 'shape:s100', 'shape:s101', 'shape:s102', 'shape:s103'].sort())
  })

  it('places children by their parents and takes a shape with its ancestors', () => {
    const frame = shape('shape:frame', 5000, 0, { props: { w: 100, h: 100 } })
    const child = shape('shape:child', -4900, 0, { parentId: 'shape:frame' })
    const farChild = shape('shape:far', 3000, 0, { parentId: 'shape:frame' })
    const chosen = planFirstView([page('page:a', 'a1'), frame, child, farChild, ...row(300)], { pageId: 'page:a', camera: { x: 0, y: 0, z: 1 }, viewport }).records!
    expect(chosen.has('shape:child')).toBe(true)
    expect(chosen.has('shape:frame')).toBe(true)
    expect(chosen.has('shape:far')).toBe(false)
  })

  it('takes an arrow in view with the shapes it is bound to, and a binding only with both of them', () => {
    const arrow = shape('shape:arrow', 100, 100, { type: 'arrow', props: {} })
    const target = shape('shape:target', 30_000, 0)
    const lonely = binding('binding:lonely', 'shape:faraway-arrow', 'shape:s1')
    const records = [page('page:a', 'a1'), arrow, target, shape('shape:faraway-arrow', 50_000, 0, { type: 'arrow', props: {} }), binding('binding:a', 'shape:arrow', 'shape:target'), lonely, ...row(300)]
    const chosen = planFirstView(records, { pageId: 'page:a', camera: { x: 0, y: 0, z: 1 }, viewport }).records!
    expect(chosen.has('shape:target')).toBe(true)
    expect(chosen.has('binding:a')).toBe(true)
    expect(chosen.has('binding:lonely')).toBe(false)
  })

  it('leaves out shapes on other pages, and uses the first page when the saved one is gone', () => {
    const records = [page('page:b', 'a2'), page('page:a', 'a1'), ...row(300), ...row(300, 'shape:b').map((record) => ({ ...record, parentId: 'page:b' }) as TLRecord)]
    const chosen = planFirstView(records, { pageId: 'page:gone', camera: { x: 0, y: 0, z: 1 }, viewport }).records!
    expect(chosen.has('shape:s0')).toBe(true)
    expect(chosen.has('shape:b0')).toBe(false)
  })

  it('on a first visit starts from the journey fitted into the window, or from the default camera without a frame', () => {
    // A frame of 3 phases × 1 lane (200 + 3 × 400 wide), cards in a row far to its right.
    const frame = shape('shape:frame', 0, 0, {
      type: JOURNEY_FRAME_TYPE,
      props: { phases: [0, 1, 2].map((i) => ({ id: `p${i}`, name: `Fase ${i}`, w: 400 })), lanes: [{ id: 'l0', name: 'Rad', kind: 'cards', h: 300 }] },
    })
    const chosen = planFirstView([page('page:a', 'a1'), frame, ...row(400)], { pageId: null, camera: null, viewport }).records!
    // The frame and what lies over it and next to it are in; shapes 100 frame widths away are not.
    expect(chosen.has('shape:frame')).toBe(true)
    expect(chosen.has('shape:s0')).toBe(true)
    expect(chosen.has('shape:s5')).toBe(true)
    expect(chosen.has('shape:s399')).toBe(false)
    // Without a frame a first visit starts at tldraw's default camera.
    expect(planFirstView([page('page:a', 'a1'), ...row(400)], { pageId: null, camera: null, viewport }).records?.has('shape:s0')).toBe(true)
    expect(planFirstView([page('page:a', 'a1'), ...row(MIN_DEFERRED_SHAPES)], { pageId: 'page:a', camera: { x: 0, y: 0, z: 1 }, viewport }).records).toBeNull()
  })

  it('keeps rotated shapes and children of rotated parents, whose place it cannot tell simply', () => {
    const rotated = shape('shape:rotated', 90_000, 0, { rotation: 1 })
    const parent = shape('shape:turned', 80_000, 0, { rotation: 0.5 })
    const child = shape('shape:inside', 10, 10, { parentId: 'shape:turned' })
    const chosen = planFirstView([page('page:a', 'a1'), rotated, parent, child, ...row(300)], { pageId: 'page:a', camera: { x: 0, y: 0, z: 1 }, viewport }).records!
    expect(chosen.has('shape:rotated')).toBe(true)
    expect(chosen.has('shape:inside')).toBe(true)
  })

  it('says where the canvas starts: the saved camera on its page, else the journey fitted on the first page', () => {
    const frame = shape('shape:frame', 0, 0, {
      type: JOURNEY_FRAME_TYPE,
      props: { phases: [0, 1, 2].map((i) => ({ id: `p${i}`, name: `Fase ${i}`, w: 400 })), lanes: [{ id: 'l0', name: 'Rad', kind: 'cards', h: 300 }] },
    })
    const records = [page('page:b', 'a2'), page('page:a', 'a1'), frame]
    const saved = { x: -40, y: 12, z: 0.5 }
    // Small boards load at once, but still start where the person will look.
    expect(planFirstView(records, { pageId: 'page:b', camera: saved, viewport })).toEqual({ start: { pageId: 'page:b', camera: saved }, records: null })
    const fitted = planFirstView(records, { pageId: null, camera: null, viewport }).start!
    expect(fitted.pageId).toBe('page:a')
    // A frame wider than the window is fitted below 100 %, above tldraw's least zoom.
    expect(fitted.camera.z).toBeGreaterThan(0.1)
    expect(fitted.camera.z).toBeLessThan(1)
    // A saved page that is gone: the first page, whose view the saved camera is not.
    expect(planFirstView(records, { pageId: 'page:gone', camera: saved, viewport }).start).toEqual(fitted)
    expect(planFirstView([documentRecord], { pageId: null, camera: null, viewport })).toEqual({ start: null, records: null })
  })
})
