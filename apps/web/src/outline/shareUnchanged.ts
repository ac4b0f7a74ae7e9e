/**
 * Structural sharing between two reads of the outline: every part of `next` that equals the matching part of
 * `previous` is replaced by the previous object, so memoised rows re-render only when their own data changed
 * (someone dragging a card on a 300-card board re-reads the outline many times a second). Array items with an
 * `id` are matched by id, so an inserted step does not make every step after it look new.
 */
export function shareUnchanged<T>(previous: T, next: T): T {
  if (Object.is(previous, next)) return previous
  if (Array.isArray(previous) && Array.isArray(next)) {
    const byId = new Map<unknown, unknown>()
    for (const item of previous) if (hasId(item)) byId.set(item.id, item)
    const items = next.map((item, index) => shareUnchanged(hasId(item) ? byId.get(item.id) : previous[index], item))
    const same = items.length === previous.length && items.every((item, index) => item === previous[index])
    return (same ? previous : items) as T
  }
  if (isPlainObject(previous) && isPlainObject(next)) {
    const keys = Object.keys(next)
    let same = keys.length === Object.keys(previous).length
    const merged: Record<string, unknown> = {}
    for (const key of keys) {
      merged[key] = shareUnchanged(previous[key], next[key])
      same &&= key in previous && merged[key] === previous[key]
    }
    return (same ? previous : merged) as T
  }
  return next
}

function hasId(value: unknown): value is { id: unknown } {
  return isPlainObject(value) && 'id' in value
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
