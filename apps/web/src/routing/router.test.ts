import { describe, expect, it } from 'vitest'
import { agencyPath, boardPath, cardPath, LIBRARY_PATH, parseRoute } from './router'

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

  it('knows the start page, the new-board flow and a board with its views', () => {
    expect(parseRoute('/')).toEqual({ name: 'start' })
    expect(parseRoute('/ny/')).toEqual({ name: 'newBoard' })
    expect(parseRoute('/b/tavle-1')).toEqual({ name: 'board', boardIdText: 'tavle-1', view: 'canvas' })
    expect(parseRoute('/b/tavle-1/rapport')).toEqual({ name: 'board', boardIdText: 'tavle-1', view: 'report' })
    expect(parseRoute('/b/tavle-1/oversikt/')).toEqual({ name: 'board', boardIdText: 'tavle-1', view: 'outline' })
  })

  it('knows the library, with or without a trailing slash', () => {
    expect(parseRoute(LIBRARY_PATH)).toEqual({ name: 'library' })
    expect(parseRoute('/bibliotek/')).toEqual({ name: 'library' })
    expect(parseRoute('/bibliotek/x')).toEqual({ name: 'notFound' })
  })

  it('reads the agency id of an agency page, decoded; the page itself judges it', () => {
    expect(parseRoute('/etat/nav')).toEqual({ name: 'agency', agencyIdText: 'nav' })
    expect(parseRoute('/etat/egen-v%C3%A5r%20etat/')).toEqual({ name: 'agency', agencyIdText: 'egen-vår etat' })
    expect(parseRoute('/etat/')).toEqual({ name: 'notFound' })
    expect(parseRoute('/etat/nav/mer')).toEqual({ name: 'notFound' })
  })

  it('treats an address with a broken escape as naming nothing instead of throwing', () => {
    expect(parseRoute('/etat/%E0%A4%A')).toEqual({ name: 'notFound' })
    expect(parseRoute('/b/%')).toEqual({ name: 'notFound' })
  })
})

describe('paths', () => {
  it('round-trip through parseRoute', () => {
    expect(parseRoute(agencyPath('egen-a/b'))).toEqual({ name: 'agency', agencyIdText: 'egen-a/b' })
    expect(parseRoute(boardPath('tavle-1', 'report'))).toEqual({ name: 'board', boardIdText: 'tavle-1', view: 'report' })
  })

  it('link to a card on a board through ?kort=', () => {
    expect(cardPath('tavle-1', 'shape:abc')).toBe('/b/tavle-1?kort=shape%3Aabc')
    const url = new URL(cardPath('tavle-1', 'shape:abc'), 'http://sammen.test')
    expect(url.searchParams.get('kort')).toBe('shape:abc')
    expect(parseRoute(url.pathname)).toEqual({ name: 'board', boardIdText: 'tavle-1', view: 'canvas' })
  })
})
