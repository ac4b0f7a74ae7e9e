import { getIndicesBetween, type IndexKey } from '@tldraw/utils'

interface Indexed {
  id: string
  typeName: string
  parentId?: unknown
  index?: unknown
}

/**
 * Two people who insert a shape into the same gap at the same time can produce the same fractional index;
 * tldraw then cannot order the siblings. Returns new indexes for the siblings that collide. Deterministic
 * (ties are broken by id), so peers that repair concurrently write identical values and converge.
 */
export function findIndexRepairs(records: Iterable<Indexed>): Map<string, IndexKey> {
  const byParent = new Map<string, { id: string; index: string }[]>()
  for (const record of records) {
    if (record.typeName !== 'shape' || typeof record.parentId !== 'string' || typeof record.index !== 'string') continue
    let siblings = byParent.get(record.parentId)
    if (!siblings) byParent.set(record.parentId, (siblings = []))
    siblings.push({ id: record.id, index: record.index })
  }
  const repairs = new Map<string, IndexKey>()
  for (const siblings of byParent.values()) {
    siblings.sort((a, b) => (a.index < b.index ? -1 : a.index > b.index ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    for (let i = 0; i < siblings.length; ) {
      let j = i + 1
      while (j < siblings.length && siblings[j]!.index === siblings[i]!.index) j++
      if (j - i > 1) {
        // Keep the first of the run where it is; spread the others between it and the next distinct index.
        const below = siblings[i]!.index as IndexKey
        const above = (siblings[j]?.index ?? null) as IndexKey | null
        const fresh = getIndicesBetween(below, above, j - i - 1)
        for (let k = i + 1; k < j; k++) {
          const index = fresh[k - i - 1]!
          repairs.set(siblings[k]!.id, index)
          siblings[k]!.index = index
        }
      }
      i = j
    }
  }
  return repairs
}
