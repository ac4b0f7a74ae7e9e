// Loaded into each server process the memory benchmark starts (`node --expose-gc --import <this, built>`), Sammen's and
// the stock y-websocket server's alike: on the benchmark's request over the IPC channel it collects garbage fully and
// answers with the process's memory; optionally it writes a heap snapshot first (for finding where memory went).
import v8 from 'node:v8'

export interface MemoryReading {
  /** Resident set size of the whole process. */
  rss: number
  /** Live JavaScript objects after full collections. */
  heapUsed: number
  /** The JS heap V8 holds from the system (used or not). */
  heapTotal: number
  /** Memory outside the JS heap that JS objects hold (Buffers, ArrayBuffers: Yjs updates, socket buffers). */
  external: number
  arrayBuffers: number
  /** Per V8 heap space: bytes in use and bytes held from the system (what of the heap is resident). */
  spaces: Record<string, { used: number; physical: number }>
  heapSnapshot?: string
}

export interface MeasureRequest {
  type: 'measure'
  /** Write a heap snapshot to this file (after collecting) before reading the figures. */
  heapSnapshot?: string
}

const collect = (globalThis as { gc?: () => void }).gc

process.on('message', (message: MeasureRequest) => {
  if (message?.type !== 'measure') return
  void (async () => {
    if (!collect) throw new Error('the memory probe needs node --expose-gc')
    // Several rounds with turns between them: finalizers and weak references let go of more in the next round.
    for (let round = 0; round < 4; round++) {
      collect()
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    const heapSnapshot = message.heapSnapshot ? v8.writeHeapSnapshot(message.heapSnapshot) : undefined
    if (heapSnapshot) collect()
    const usage = process.memoryUsage()
    const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((space) => [space.space_name, { used: space.space_used_size, physical: space.physical_space_size }]))
    const reading: MemoryReading = {
      rss: usage.rss,
      heapUsed: usage.heapUsed,
      heapTotal: usage.heapTotal,
      external: usage.external,
      arrayBuffers: usage.arrayBuffers,
      spaces,
      heapSnapshot,
    }
    process.send?.(reading)
  })()
})
