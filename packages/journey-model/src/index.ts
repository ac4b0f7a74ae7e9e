export { BOARD_ID_PATTERN, boardIdSchema, createBoardId, isBoardId, parseBoardId, type BoardId } from './boardId'
