import { describe, expect, it } from 'vitest'
import { CloseCode, parseSyncPath, PERMANENT_CLOSE_CODES, readOfferedProtocols, shouldReconnectAfter, socketProtocols } from './index'

describe('the wire contract', () => {
  it('reads socket paths without ever throwing', () => {
    expect(parseSyncPath('/sync/tavle-1')).toEqual({ ok: true, boardId: 'tavle-1', kind: 'journey' })
    expect(parseSyncPath('/sync/tavle-1/annotations')).toEqual({ ok: true, boardId: 'tavle-1', kind: 'annotations' })
    expect(parseSyncPath('/sync/%E0%A4%A')).toEqual({ ok: false, reason: 'bad-board-id' })
    expect(parseSyncPath('/sync/ab')).toEqual({ ok: false, reason: 'bad-board-id' })
    expect(parseSyncPath('/sync/tavle-1/other')).toEqual({ ok: false, reason: 'not-sync' })
  })

  it('offers credentials as subprotocols and reads back only well-formed keys', () => {
    const key = 'a'.repeat(43)
    const offered = socketProtocols({ token: 'eyJ.abc.def', participantKey: key })
    expect(offered).toEqual(['sammen', 'sammen.token.eyJ.abc.def', `sammen.key.${key}`])
    expect(readOfferedProtocols(offered.join(', '))).toEqual({ token: 'eyJ.abc.def', participantKey: key })
    expect(readOfferedProtocols('sammen, sammen.key.too-short')).toEqual({ token: null, participantKey: null })
    expect(readOfferedProtocols(undefined)).toEqual({ token: null, participantKey: null })
  })

  it('says which close codes are final', () => {
    expect(PERMANENT_CLOSE_CODES).toEqual(expect.arrayContaining([CloseCode.inviteRevoked, CloseCode.forbidden, CloseCode.tooLarge]))
    expect(shouldReconnectAfter(CloseCode.notReady)).toBe(true)
    expect(shouldReconnectAfter(CloseCode.rateLimited)).toBe(true)
    expect(shouldReconnectAfter(CloseCode.forbidden)).toBe(false)
  })
})
