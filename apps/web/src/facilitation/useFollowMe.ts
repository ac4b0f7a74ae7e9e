import { facilitation, type BoardRoom } from '@sammen/sync'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useEditor, useValue } from 'tldraw'
import type { Me } from './useFacilitationState'
import { useFollowState } from './useFacilitationState'

export interface FollowMe {
  follow: facilitation.FollowState | null
  /** This person leads the running session. */
  leading: boolean
  /** This person's viewport follows the session's leader now. */
  following: boolean
  /** The person left the running session by moving the canvas: offer "Følg igjen". */
  left: boolean
  followAgain(): void
  unfollow(): void
}

/**
 * Keeps this person's viewport on the session leader with tldraw's own follow mode (it works with the presence
 * records packages/sync mirrors from awareness). tldraw stops following by itself when the person pans or
 * zooms; that is noticed here and remembered for the session, so the person is not pulled back.
 */
export function useFollowMe(room: BoardRoom, me: Me): FollowMe {
  const editor = useEditor()
  const follow = useFollowState(room)
  const [leftSessionId, setLeftSessionId] = useState<string | null>(null)
  const wasFollowing = useRef(false)
  const followingUserId = useValue('following user', () => editor.getInstanceState().followingUserId, [editor])
  const leaderId = follow?.leaderId ?? null
  const leaderPresent = useValue('leader present', () => leaderId !== null && editor.getCollaborators().some((c) => c.userId === leaderId), [editor, leaderId])

  useEffect(() => {
    if (!me.id) return
    const action = facilitation.decideFollowAction({ follow, me: me.id, followingUserId, leftSessionId, leaderPresent }, wasFollowing.current)
    switch (action) {
      case 'start':
        editor.startFollowingUser(follow!.leaderId)
        wasFollowing.current = editor.getInstanceState().followingUserId === follow!.leaderId
        break
      case 'stop':
        wasFollowing.current = false
        editor.stopFollowingUser()
        break
      case 'left':
        wasFollowing.current = false
        setLeftSessionId(follow!.sessionId)
        break
      case 'lost':
        wasFollowing.current = false
        break
      case 'none':
        if (!follow) wasFollowing.current = false
        break
    }
  }, [editor, follow, me.id, followingUserId, leftSessionId, leaderPresent])

  const followAgain = useCallback(() => setLeftSessionId(null), [])
  const unfollow = useCallback(() => editor.stopFollowingUser(), [editor])
  const inSession = follow !== null && follow.leaderId !== me.id
  return {
    follow,
    leading: follow !== null && follow.leaderId === me.id,
    following: inSession && followingUserId === follow.leaderId,
    left: inSession && leftSessionId === follow.sessionId,
    followAgain,
    unfollow,
  }
}
