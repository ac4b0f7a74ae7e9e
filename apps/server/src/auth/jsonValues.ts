// What values in a Sammen document may be: plain JSON, compared the same way whatever the key order.

/** null, booleans, strings, finite numbers, arrays and plain objects of them. Depth is bounded by the reader. */
export function isPlainJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true
    case 'number':
      return Number.isFinite(value)
    case 'object':
      if (value === null) return true
      if (Array.isArray(value)) return value.every(isPlainJson)
      if (Object.getPrototypeOf(value) !== Object.prototype) return false
      return Object.values(value).every(isPlainJson)
    default:
      return false
  }
}

export function sameApartFromHandled(before: unknown, after: unknown): boolean {
  const strip = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return value
    const { handled: _handled, ...rest } = value as Record<string, unknown>
    return rest
  }
  return stableJson(strip(before)) === stableJson(strip(after))
}

export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value) ?? 'undefined'
}
