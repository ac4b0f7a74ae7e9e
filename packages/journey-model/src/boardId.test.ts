import { describe, expect, it } from 'vitest'
import { createBoardId, isBoardId, parseBoardId } from './boardId'

describe('board ids', () => {
  it('accepts generated ids and url-safe ids', () => {
    for (let i = 0; i < 100; i++) expect(isBoardId(createBoardId())).toBe(true)
    expect(isBoardId('workshop-2026_nav')).toBe(true)
  })

  it('refuses ids that are too short, too long or not url-safe', () => {
    for (const bad of ['', 'abc', 'a'.repeat(65), 'has space', '../etc/passwd', 'æøåæøå', 42, null]) {
      expect(isBoardId(bad)).toBe(false)
    }
    expect(() => parseBoardId('a/b')).toThrow(/6–64 letters/)
  })

  it('creates distinct ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, createBoardId))
    expect(ids.size).toBe(1000)
  })
})
