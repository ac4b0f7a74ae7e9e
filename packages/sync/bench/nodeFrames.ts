// tldraw's store schedules listener flushes with requestAnimationFrame; Node has none, so give it frames.
const g = globalThis as { requestAnimationFrame?: (cb: (t: number) => void) => unknown; cancelAnimationFrame?: (h: unknown) => void }
g.requestAnimationFrame ??= (callback) => setTimeout(() => callback(performance.now()), 16)
g.cancelAnimationFrame ??= (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
export {}
