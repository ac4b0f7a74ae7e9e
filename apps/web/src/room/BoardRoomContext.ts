import type { BoardRoom } from '@sammen/sync'
import { createContext, useContext } from 'react'

/**
 * tldraw renders our panels as prop-less components, so they reach the room through context.
 */
export const BoardRoomContext = createContext<BoardRoom | null>(null)

export function useBoardRoomContext(): BoardRoom {
  const room = useContext(BoardRoomContext)
  if (!room) throw new Error('useBoardRoomContext must be used inside <BoardRoomContext.Provider>')
  return room
}
