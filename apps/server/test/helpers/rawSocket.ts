// Bare `ws` clients for the things a well-behaved provider never does: garbage frames, oversized
// frames, invalid upgrade paths.
import WebSocket from 'ws'

export interface CloseInfo {
  code: number
  reason: string
}

/** What a client offers to present an invite token (and a participant key): never in the URL. */
export function offer(token: string, participantKey?: string): string[] {
  return ['sammen', `sammen.token.${token}`, ...(participantKey ? [`sammen.key.${participantKey}`] : [])]
}

export function openRaw(url: string, protocols?: string[]): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols)
    ws.once('open', () => resolve(ws))
    ws.once('error', reject)
  })
}

export function closed(ws: WebSocket, timeoutMs = 10_000): Promise<CloseInfo> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket was not closed in time')), timeoutMs)
    // The server may reset the TCP stream after its close frame; only the close event matters here.
    ws.on('error', () => {})
    ws.once('close', (code, reason) => {
      clearTimeout(timer)
      resolve({ code, reason: reason.toString() })
    })
  })
}

/** Resolves with the HTTP status the server answered a refused upgrade with. */
export function upgradeStatus(url: string, protocols?: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols)
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0)
      ws.terminate()
    })
    ws.once('open', () => {
      ws.terminate()
      reject(new Error(`upgrade to ${url} was accepted`))
    })
    ws.on('error', () => {})
  })
}
