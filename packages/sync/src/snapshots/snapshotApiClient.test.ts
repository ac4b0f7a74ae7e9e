import { describe, expect, it } from 'vitest'
import { createSnapshotApiClient } from './snapshotApiClient'

describe('snapshot API client on a secured server', () => {
  it('sends the board’s invite token as a Bearer header, and none without one', async () => {
    const headers: (string | null)[] = []
    const fetchImpl = async (_url: string, init?: RequestInit) => {
      headers.push(new Headers(init?.headers).get('authorization'))
      return new Response(JSON.stringify({ snapshots: [] }), { status: 200 })
    }
    const tokens: Record<string, string> = { 'board-a': 'token-a' }
    const client = createSnapshotApiClient('http://server', fetchImpl, { getToken: (boardId) => tokens[boardId] ?? null })
    await client.list('board-a')
    await client.list('board-b')
    await createSnapshotApiClient('http://server', fetchImpl).list('board-a')
    expect(headers).toEqual(['Bearer token-a', null, null])
  })
})
