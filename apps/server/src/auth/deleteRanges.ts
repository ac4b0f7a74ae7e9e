// Delete sets as an update carries them: ranges per client, in any order, possibly overlapping.
import type { DeleteRange } from '@sammen/protocol'

export function mergeRanges(ranges: ReadonlyArray<DeleteRange>): DeleteRange[] {
  const sorted = [...ranges].sort((a, b) => a.clock - b.clock)
  const merged: DeleteRange[] = []
  for (const range of sorted) {
    const last = merged[merged.length - 1]
    if (last && range.clock <= last.clock + last.length) {
      last.length = Math.max(last.length, range.clock + range.length - last.clock)
    } else {
      merged.push({ ...range })
    }
  }
  return merged
}


/** Answers "does the update delete this clock of this client?" in O(log n) per question. */
export function deletedInUpdate(deleteSet: ReadonlyMap<number, readonly DeleteRange[]>): (client: number, clock: number) => boolean {
  const merged = new Map<number, DeleteRange[]>()
  return (client, clock) => {
    let ranges = merged.get(client)
    if (!ranges) merged.set(client, (ranges = mergeRanges(deleteSet.get(client) ?? [])))
    let low = 0
    let high = ranges.length - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const range = ranges[mid]!
      if (clock < range.clock) high = mid - 1
      else if (clock >= range.clock + range.length) low = mid + 1
      else return true
    }
    return false
  }
}
