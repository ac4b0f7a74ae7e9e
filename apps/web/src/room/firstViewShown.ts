import type { BoardRoom } from '@sammen/sync'

/*
 * When a room's first view has been painted. The room defers what that view does not need until then
 * (`openBoardRoom`'s `afterFirstView`: the rest of a staged load, the cross-tab channel's full sync); the canvas says
 * when it has painted (`markFirstViewShown`). Views without a canvas (outline, report, the user panel's page) never
 * say so: the work then starts on its own a little later.
 */

/** How long deferred work waits for the canvas to say it painted before it starts anyway. */
const FALLBACK_MS = 2500

export interface FirstViewSignal {
  /** Runs `work` once the first view is shown (or the fallback time passed). */
  after(work: () => void): void
  /** The first view is shown: run what waits. */
  fire(): void
}

export function createFirstViewSignal(): FirstViewSignal {
  let fired = false
  let waiting: (() => void)[] = []
  let fallback: ReturnType<typeof setTimeout> | null = null
  const fire = () => {
    if (fired) return
    fired = true
    if (fallback) clearTimeout(fallback)
    const work = waiting
    waiting = []
    for (const run of work) run()
  }
  return {
    after(work) {
      if (fired) {
        setTimeout(work, 0)
        return
      }
      waiting.push(work)
      fallback ??= setTimeout(fire, FALLBACK_MS)
    },
    fire,
  }
}

const signals = new WeakMap<BoardRoom, FirstViewSignal>()

export function attachFirstViewSignal(room: BoardRoom, signal: FirstViewSignal): void {
  signals.set(room, signal)
}

/** Called by the canvas when tldraw has mounted: fires after the next frame has been painted. */
export function markFirstViewShown(room: BoardRoom): void {
  const signal = signals.get(room)
  if (!signal) return
  // The first frame draws the shapes; the second animation frame starts after it was painted.
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(signal.fire, 0)))
}
