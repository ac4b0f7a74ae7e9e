// The hook lives with its store in boardAccess.ts; this file is the import path for React code.
export { useBoardAccess, useAccessRefusal } from './boardAccess'
export type { BoardAccess, BoardRole } from './boardAccess'
