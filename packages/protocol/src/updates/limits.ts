/**
 * Limits on one incoming update, enforced while it is read (see readUpdate.ts). The defaults are far above what an
 * honest client sends (an hour of offline editing is a few thousand structs; tldraw's deepest value, a rich text,
 * is about eight levels deep) and low enough that reading and applying the largest allowed update never stalls the
 * server for long (figures in docs/benchmarks.md).
 */
export interface UpdateLimits {
  /** Structs (items, GC and skip ranges) in one update. */
  maxStructs: number
  /** Deleted ranges in one update's delete set. */
  maxDeleteRanges: number
  /** Nesting of objects and arrays in one value. */
  maxDepth: number
}

export const DEFAULT_UPDATE_LIMITS: UpdateLimits = {
  maxStructs: 50_000,
  maxDeleteRanges: 200_000,
  maxDepth: 32,
}

export type UpdateFormatProblem = 'malformed' | 'too-large' | 'too-deep'

/** An update (or state vector, or awareness update) the server cannot accept, and why. */
export class UpdateFormatError extends Error {
  override name = 'UpdateFormatError'
  constructor(
    readonly problem: UpdateFormatProblem,
    message: string,
  ) {
    super(message)
  }
}
