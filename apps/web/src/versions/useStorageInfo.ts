import { useEffect, useState } from 'react'

/** What this browser says about Sammen's local storage; fields are null where the browser cannot tell. */
export interface StorageInfo {
  persistent: boolean | null
  usage: number | null
  quota: number | null
}

const PERSIST_ASKED_KEY = 'sammen:storage-persist'

/**
 * Asks the browser once (per browser, remembered in localStorage) to keep Sammen's storage persistent, so it
 * is not evicted when the device runs low on space, and returns whether it is and how much is used.
 */
export async function readStorageInfo(storage: StorageManager | undefined = navigator.storage): Promise<StorageInfo> {
  if (!storage) return { persistent: null, usage: null, quota: null }
  let persistent: boolean | null = null
  try {
    const remembered = localStorage.getItem(PERSIST_ASKED_KEY)
    if (remembered === null && typeof storage.persist === 'function') {
      persistent = await storage.persist()
      localStorage.setItem(PERSIST_ASKED_KEY, String(persistent))
    } else if (typeof storage.persisted === 'function') {
      // The browser may have changed its mind since (or the person cleared site data): ask what it is now.
      persistent = await storage.persisted()
    } else if (remembered !== null) {
      persistent = remembered === 'true'
    }
  } catch {
    persistent = null
  }
  let usage: number | null = null
  let quota: number | null = null
  try {
    const estimate = await storage.estimate()
    usage = estimate.usage ?? null
    quota = estimate.quota ?? null
  } catch {
    // Not every browser can estimate (or allows it in private mode).
  }
  return { persistent, usage, quota }
}

/** `readStorageInfo`, read again whenever `version` changes (e.g. the list of versions). */
export function useStorageInfo(version: unknown): StorageInfo | null {
  const [info, setInfo] = useState<StorageInfo | null>(null)
  useEffect(() => {
    let alive = true
    void readStorageInfo().then((next) => {
      if (alive) setInfo(next)
    })
    return () => {
      alive = false
    }
  }, [version])
  return info
}
