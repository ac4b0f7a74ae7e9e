// How a websocket carries its invite token. Browsers cannot set headers on a websocket, so the token rides in
// the Sec-WebSocket-Protocol list next to the protocol name: it never appears in a URL, so no reverse proxy's
// access log, browser history or Referer holds it. The `?token=` query is still read for older clients.
import type http from 'node:http'

/** The subprotocol the server selects; a client offers it together with `sammen.token.<jwt>`. */
export const SYNC_SUBPROTOCOL = 'sammen'
export const TOKEN_SUBPROTOCOL_PREFIX = 'sammen.token.'

/** The invite token offered as a subprotocol, else the one in the query, else null. */
export function socketToken(req: http.IncomingMessage, url: URL): string | null {
  const offered = String(req.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((item) => item.trim())
  const fromProtocol = offered.find((item) => item.startsWith(TOKEN_SUBPROTOCOL_PREFIX))
  if (fromProtocol) return fromProtocol.slice(TOKEN_SUBPROTOCOL_PREFIX.length) || null
  return url.searchParams.get('token')
}

/**
 * The subprotocol to answer with: `sammen` when offered (a browser that offered protocols fails the handshake if
 * none is selected), none otherwise. Never the token: the answer must not echo it.
 */
export function selectSubprotocol(protocols: Set<string>): string | false {
  return protocols.has(SYNC_SUBPROTOCOL) ? SYNC_SUBPROTOCOL : false
}
