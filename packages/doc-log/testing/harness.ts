// How a conformance suite reaches the store under test without knowing what it is: a harness opens instances
// over one set of data (a temporary SQLite file, a PostgreSQL schema, an IndexedDB database) and closes them.
import { afterEach } from 'vitest'

export interface StoreHarness<Store> {
  /** An instance over this harness's data: empty at first, and whatever is stored on later calls. */
  open(): Promise<Store>
  /** Releases an instance (connections, file handles); its data stays for the next `open`. */
  close(store: Store): Promise<void>
}

export interface HarnessSession<Store> {
  /** An instance over fresh, empty data (a new harness). */
  create(): Promise<Store>
  /** Closes `previous` and opens its data again: what comes back is what was durable. */
  reopen(previous: Store): Promise<Store>
  /** A second instance over the same data while the first stays open: another server instance, another tab. */
  another(of: Store): Promise<Store>
}

/**
 * Call inside `describe`. Each test's `create` starts from a new harness; every instance a test opened and did
 * not close itself is closed after it, so one failing case does not leak connections into the next.
 */
export function harnessSession<Store>(makeHarness: () => StoreHarness<Store>): HarnessSession<Store> {
  const open = new Map<Store, StoreHarness<Store>>()

  afterEach(async () => {
    const left = [...open]
    open.clear()
    for (const [store, harness] of left) await harness.close(store)
  })

  const openWith = async (harness: StoreHarness<Store>): Promise<Store> => {
    const store = await harness.open()
    open.set(store, harness)
    return store
  }
  const harnessOf = (store: Store): StoreHarness<Store> => {
    const harness = open.get(store)
    if (!harness) throw new Error('this store was not opened by the session, or is closed already')
    return harness
  }

  return {
    create: () => openWith(makeHarness()),
    reopen: async (previous) => {
      const harness = harnessOf(previous)
      open.delete(previous)
      await harness.close(previous)
      return openWith(harness)
    },
    another: (of) => openWith(harnessOf(of)),
  }
}

/** Byte equality without Node's Buffer, so suites also run where only the browser's globals exist. */
export function sameBytes(a: Uint8Array | null | undefined, b: Uint8Array): boolean {
  if (!a || a.byteLength !== b.byteLength) return false
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false
  return true
}
