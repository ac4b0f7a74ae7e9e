import { z } from 'zod'
import type { ServerMode } from './boardAccess'

const modeAnswerSchema = z.object({ mode: z.enum(['open', 'secured']), exposed: z.boolean().optional() })
const REMEMBERED_MODE_KEY = 'sammen.serverMode'

/** The mode the server last reported; offline visits start from it instead of 'unknown'. */
export function rememberedServerMode(): ServerMode {
  try {
    const value = localStorage.getItem(REMEMBERED_MODE_KEY)
    return value === 'open' || value === 'secured' ? value : 'unknown'
  } catch {
    return 'unknown'
  }
}

/**
 * Asks the server (`GET /api/mode`); null when it cannot be reached or answers something else. `exposed`: the server
 * listens beyond this machine (an open server on the network, started with SAMMEN_OPEN_MODE=1).
 */
export async function fetchServerMode(fetchImpl: typeof fetch = fetch): Promise<{ mode: 'open' | 'secured'; exposed: boolean } | null> {
  try {
    const response = await fetchImpl('/api/mode', { headers: { accept: 'application/json' }, cache: 'no-store' })
    if (!response.ok) return null
    const parsed = modeAnswerSchema.safeParse(await response.json())
    if (!parsed.success) return null
    try {
      localStorage.setItem(REMEMBERED_MODE_KEY, parsed.data.mode)
    } catch {
      // Not remembered: the next visit asks again.
    }
    return { mode: parsed.data.mode, exposed: parsed.data.exposed ?? false }
  } catch {
    return null
  }
}
