import { parseBoardId } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { classifyRefusal, refusalForCloseCode } from './accessRefusal'
import { deriveBoardAccess } from './boardAccess'
import { decodeInviteToken } from './inviteToken'
import { testToken } from './tokens.fixture'

const board = parseBoardId('tavle-1')

async function accessWith(role: string, mode: 'open' | 'secured' | 'unknown' = 'secured', tokenBoard = 'tavle-1') {
  const token = await testToken({ board: tokenBoard, role })
  return deriveBoardAccess(mode, token, decodeInviteToken(token), board)
}

describe('rights from the role', () => {
  it('gives each role what the server allows it', async () => {
    expect(await accessWith('facilitator')).toMatchObject({ role: 'facilitator', canEdit: true, canAnnotate: true, canFacilitate: true })
    expect(await accessWith('editor')).toMatchObject({ role: 'editor', canEdit: true, canAnnotate: true, canFacilitate: false })
    expect(await accessWith('panel')).toMatchObject({ role: 'panel', canEdit: false, canAnnotate: true, canFacilitate: false })
    expect(await accessWith('viewer')).toMatchObject({ role: 'viewer', canEdit: false, canAnnotate: false, canFacilitate: false })
  })

  it('lets everyone edit and facilitate in open mode, whatever a token says', async () => {
    expect(await accessWith('viewer', 'open')).toMatchObject({ mode: 'open', role: 'editor', canEdit: true, canFacilitate: true })
    expect(deriveBoardAccess('open', null, null, board)).toMatchObject({ role: 'editor', canEdit: true, canFacilitate: true })
  })

  it('gives the user-panel or read-only view an open-mode link asks for, but never over a token on a secured server', async () => {
    expect(deriveBoardAccess('open', null, null, board, false, 'panel')).toMatchObject({ role: 'panel', canEdit: false, canAnnotate: true, canFacilitate: false })
    expect(deriveBoardAccess('open', null, null, board, false, 'viewer')).toMatchObject({ role: 'viewer', canEdit: false, canAnnotate: false })
    expect(deriveBoardAccess('unknown', null, null, board, false, 'viewer')).toMatchObject({ role: 'viewer', canEdit: false })
    const token = await testToken({ board: 'tavle-1', role: 'editor' })
    expect(deriveBoardAccess('secured', token, decodeInviteToken(token), board, false, 'viewer')).toMatchObject({ role: 'editor', canEdit: true })
  })

  it('trusts the token while the mode is unknown, and lets a tokenless person work locally', async () => {
    expect(await accessWith('viewer', 'unknown')).toMatchObject({ role: 'viewer', canEdit: false })
    expect(deriveBoardAccess('unknown', null, null, board)).toMatchObject({ role: 'editor', canEdit: true, canFacilitate: false })
  })

  it('gives nothing for a token of another board, or no token on a secured server', async () => {
    expect(await accessWith('facilitator', 'secured', 'annen-tavle')).toMatchObject({ role: 'viewer', canEdit: false, canFacilitate: false })
    expect(deriveBoardAccess('secured', null, null, board)).toMatchObject({ role: 'viewer', canEdit: false })
  })

  it('allows no changes after the server refused us', async () => {
    const token = await testToken({ board: 'tavle-1', role: 'facilitator' })
    expect(deriveBoardAccess('secured', token, decodeInviteToken(token), board, true)).toMatchObject({
      role: 'facilitator',
      canEdit: false,
      canAnnotate: false,
      canFacilitate: false,
    })
  })
})

describe('why the server refused', () => {
  it('reads the close codes', () => {
    expect(refusalForCloseCode(4401)).toBe('revoked')
    expect(refusalForCloseCode(4403)).toBe('read-only')
    expect(refusalForCloseCode(4429)).toBeNull()
    expect(refusalForCloseCode(1006)).toBeNull()
  })

  it('tells an invite that ran out while connected from a revoked one', async () => {
    const token = await testToken({ board: 'tavle-1', role: 'editor', expiresInSeconds: 60 })
    expect(refusalForCloseCode(4401, token, Date.now())).toBe('revoked')
    expect(refusalForCloseCode(4401, token, Date.now() + 120_000)).toBe('expired')
  })

  it('explains a refused token from the token and the server’s reason', async () => {
    const valid = await testToken({ board: 'tavle-1', role: 'editor' })
    const expired = await testToken({ board: 'tavle-1', role: 'editor', expiresInSeconds: -10 })
    const other = await testToken({ board: 'annen-tavle', role: 'editor' })
    const unauthorized = (error: string) => ({ status: 401, error })
    expect(classifyRefusal(board, null, unauthorized('an invite token is required on this server'))).toBe('missing')
    expect(classifyRefusal(board, 'garbage', unauthorized('the invite token is not valid'))).toBe('invalid')
    expect(classifyRefusal(board, other, { status: 403, error: 'the invite is for another board' })).toBe('other-board')
    expect(classifyRefusal(board, expired, unauthorized('the invite has expired'))).toBe('expired')
    expect(classifyRefusal(board, valid, unauthorized('the invite was revoked; ask the facilitator for a new link'))).toBe('revoked')
    expect(classifyRefusal(board, valid, unauthorized('the invite token is not valid'))).toBe('invalid')
  })
})
