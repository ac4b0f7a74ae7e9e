import { describe, expect, it } from 'vitest'
import { shareUnchanged } from './shareUnchanged'

describe('shareUnchanged', () => {
  it('keeps the previous object when nothing changed', () => {
    const previous = { phases: [{ id: 'a', steps: [{ id: 's1', text: 'x' }] }] }
    expect(shareUnchanged(previous, structuredClone(previous))).toBe(previous)
  })

  it('replaces only the changed branch', () => {
    const previous = { phases: [{ id: 'a', steps: [{ id: 's1', text: 'x' }, { id: 's2', text: 'y' }] }], other: { n: 1 } }
    const next = structuredClone(previous)
    next.phases[0]!.steps[1]!.text = 'z'
    const shared = shareUnchanged(previous, next)
    expect(shared).toEqual(next)
    expect(shared).not.toBe(previous)
    expect(shared.other).toBe(previous.other)
    expect(shared.phases[0]!.steps[0]).toBe(previous.phases[0]!.steps[0])
    expect(shared.phases[0]!.steps[1]).not.toBe(previous.phases[0]!.steps[1])
  })

  it('matches items by id, so an insertion keeps the items after it', () => {
    const previous = [{ id: 's1' }, { id: 's2' }]
    const next = [{ id: 's0' }, { id: 's1' }, { id: 's2' }]
    const shared = shareUnchanged(previous, next)
    expect(shared[1]).toBe(previous[0])
    expect(shared[2]).toBe(previous[1])
    expect(shared).toHaveLength(3)
  })

  it('notices a removed key and a changed primitive', () => {
    expect(shareUnchanged({ a: 1, b: 2 } as Record<string, number>, { a: 1 })).toEqual({ a: 1 })
    expect(shareUnchanged(1, 2)).toBe(2)
    expect(shareUnchanged<number | null>(null, 0)).toBe(0)
  })
})
