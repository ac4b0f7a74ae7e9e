/** A value with subscribers: the smallest observable the room needs (React reads it with useSyncExternalStore). */
export class ValueEmitter<T> {
  private listeners = new Set<(value: T) => void>()

  constructor(private value: T) {}

  get(): T {
    return this.value
  }

  set(value: T): void {
    this.value = value
    for (const listener of [...this.listeners]) listener(value)
  }

  update(changes: Partial<T>): void {
    const next = { ...this.value, ...changes }
    const keys = Object.keys(changes) as (keyof T)[]
    if (keys.every((key) => Object.is(this.value[key], next[key]))) return
    this.set(next)
  }

  subscribe(listener: (value: T) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
