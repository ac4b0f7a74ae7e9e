import { describe, expect, it } from 'vitest'
import { boardPath, parseRoute } from './router'

describe('parseRoute', () => {
  it('reads each view of a board from its address', () => {
    expect(parseRoute('/b/abc123')).toEqual({ name: 'board', boardIdText: 'abc123', view: 'canvas' })
    expect(parseRoute('/b/abc123/oversikt')).toEqual({ name: 'board', boardIdText: 'abc123', view: 'outline' })
    expect(parseRoute('/b/abc123/rapport/')).toEqual({ name: 'board', boardIdText: 'abc123', view: 'report' })
    expect(parseRoute('/b/abc123/sammenligning')).toEqual({ name: 'board', boardIdText: 'abc123', view: 'comparison' })
  })

  it('knows no other view, and no other page', () => {
    expect(parseRoute('/b/abc123/sammenlign')).toEqual({ name: 'notFound' })
    expect(parseRoute('/b/abc123/sammenligning/mer')).toEqual({ name: 'notFound' })
    expect(parseRoute('/')).toEqual({ name: 'start' })
    expect(parseRoute('/ny')).toEqual({ name: 'newBoard' })
  })

  it('writes the address each view is read from', () => {
    for (const view of ['canvas', 'outline', 'report', 'comparison'] as const) {
      expect(parseRoute(boardPath('abc123', view))).toEqual({ name: 'board', boardIdText: 'abc123', view })
    }
  })
})
