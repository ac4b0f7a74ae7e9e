import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BoardId } from '@sammen/journey-model'
import { afterAll, describe, expect, it } from 'vitest'
import { AccessControl } from '../auth/access'
import { issueToken, secretKey } from '../auth/tokens'
import { SqliteStorage } from '../storage/SqliteStorage'
import { libraryViewer, maySee, seesNothing } from './libraryAccess'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sammen-library-access-'))
const storage = new SqliteStorage(dir)
const key = secretKey('library-access-unit-secret-0123456789abcdef')
const secured = new AccessControl(key, storage)
afterAll(async () => {
  await storage.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const token = (boardId: string | null, role: 'facilitator' | 'editor' | 'panel' | 'viewer', options: { secret?: Uint8Array; now?: Date; generation?: number } = {}) =>
  issueToken(options.secret ?? key, { boardId, role, generation: options.generation ?? 0, expiresInSeconds: 3600, now: options.now })

describe('libraryViewer', () => {
  it('sees every board in open mode, whatever the tokens', async () => {
    const viewer = await libraryViewer(new AccessControl(null, storage), ['garbage'])
    expect(viewer).toMatchObject({ all: true, workspace: true, refusedTokens: 0 })
    expect(maySee(viewer, 'anyboard1')).toBe(true)
  })

  it('opens each invite’s board, whatever its role, and every board with a workspace link', async () => {
    const invites = await libraryViewer(secured, [await token('board-aa', 'viewer'), await token('board-bb', 'panel'), await token('board-cc', 'editor')])
    expect(invites).toMatchObject({ all: false, workspace: false, refusedTokens: 0 })
    expect([...invites.boardIds].sort()).toEqual(['board-aa', 'board-bb', 'board-cc'])
    expect(maySee(invites, 'board-dd')).toBe(false)
    const workspace = await libraryViewer(secured, [await token(null, 'facilitator'), await token('board-aa', 'viewer')])
    expect(workspace).toMatchObject({ all: true, workspace: true })
    expect(maySee(workspace, 'board-dd')).toBe(true)
  })

  it('counts each distinct token that does not verify, and sees nothing with none that does', async () => {
    const forged = await token('board-aa', 'viewer', { secret: secretKey('f'.repeat(40)) })
    const expired = await issueToken(key, { boardId: 'board-aa', role: 'viewer', generation: 0, expiresInSeconds: 60, now: new Date(Date.now() - 7200_000) })
    const notABoard = await token('x', 'viewer')
    await storage.bumpRoleGeneration('board-ee' as BoardId, 'viewer')
    const revoked = await token('board-ee', 'viewer', { generation: 0 })
    const viewer = await libraryViewer(secured, [forged, forged, expired, notABoard, revoked, 'a.b.c', ''])
    expect(viewer.refusedTokens).toBe(6)
    expect(seesNothing(viewer)).toBe(true)
    expect(seesNothing(await libraryViewer(secured, []))).toBe(true)
    const current = await token('board-ee', 'viewer', { generation: 1 })
    expect([...(await libraryViewer(secured, [current, revoked])).boardIds]).toEqual(['board-ee'])
  })
})
