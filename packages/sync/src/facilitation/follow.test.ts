import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { personIdSchema } from './facilitationLayout'
import { decideFollowAction, observeFollowState, readFollowState, startLeading, stopLeading, type FollowSituation } from './follow'

const facilitator = personIdSchema.parse('fasilitator1')
const me = personIdSchema.parse('deltaker2')

function situation(overrides: Partial<FollowSituation> = {}): FollowSituation {
  const doc = new Y.Doc()
  const follow = startLeading(doc, { id: facilitator, name: 'Fasilitator' }, 1000)
  return { follow, me, followingUserId: null, leftSessionId: null, leaderPresent: true, ...overrides }
}

describe('follow me', () => {
  it('reaches a peer that joins later, and stopping reaches it too', () => {
    const leader = new Y.Doc()
    const state = startLeading(leader, { id: facilitator, name: 'Kari' })
    const late = new Y.Doc()
    const seen: unknown[] = []
    observeFollowState(late, (next) => seen.push(next))
    Y.applyUpdate(late, Y.encodeStateAsUpdate(leader))
    expect(readFollowState(late)).toEqual(state)
    stopLeading(leader)
    Y.applyUpdate(late, Y.encodeStateAsUpdate(leader))
    expect(readFollowState(late)).toBeNull()
    expect(seen).toEqual([state, null])
  })

  it('starts following when a session runs and the leader is here, waits while the leader is not', () => {
    expect(decideFollowAction(situation(), false)).toBe('start')
    expect(decideFollowAction(situation({ leaderPresent: false }), false)).toBe('none')
    expect(decideFollowAction(situation({ followingUserId: facilitator }), true)).toBe('none')
  })

  it('notices that the person moved away, and leaves them alone for the rest of that session only', () => {
    const moved = situation({ followingUserId: null })
    expect(decideFollowAction(moved, true)).toBe('left')
    const left = { ...moved, leftSessionId: moved.follow!.sessionId }
    expect(decideFollowAction(left, false)).toBe('none')
    // "Følg igjen" clears the left session; a new session by the facilitator does the same.
    expect(decideFollowAction({ ...left, leftSessionId: null }, false)).toBe('start')
    expect(decideFollowAction({ ...left, follow: { ...left.follow!, sessionId: 'another' } }, false)).toBe('start')
  })

  it('tells a vanished leader from a person moving away', () => {
    expect(decideFollowAction(situation({ leaderPresent: false }), true)).toBe('lost')
  })

  it('stops following when the session ends or someone else leads, but not a follow the person chose', () => {
    expect(decideFollowAction(situation({ follow: null, followingUserId: facilitator }), true)).toBe('stop')
    expect(decideFollowAction(situation({ follow: null, followingUserId: 'colleague' }), false)).toBe('none')
    expect(decideFollowAction(situation({ followingUserId: 'previous-leader' }), true)).toBe('stop')
    // The leader never follows anyone because of their own session.
    expect(decideFollowAction(situation({ me: facilitator }), false)).toBe('none')
    expect(decideFollowAction(situation({ me: facilitator, followingUserId: 'someone' }), true)).toBe('stop')
  })
})
