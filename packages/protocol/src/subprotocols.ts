/**
 * What a sync socket offers in `Sec-WebSocket-Protocol`. Browsers cannot set headers on a websocket, so
 * credentials ride in the subprotocol list next to the protocol name: never in a URL, so no reverse proxy's
 * access log, browser history or Referer holds them. The server selects `sammen` and never echoes the rest.
 *
 *   sammen                     the protocol (y-websocket framing, see PROTOCOL.md)
 *   sammen.token.<jwt>         the invite token (secured server)
 *   sammen.key.<43 base64url>  the participant key: a random secret per board and browser that proves which
 *                              Yjs client ids and presence entries are this participant's, across reconnects
 */
export const SYNC_SUBPROTOCOL = 'sammen'
export const TOKEN_SUBPROTOCOL_PREFIX = 'sammen.token.'
export const KEY_SUBPROTOCOL_PREFIX = 'sammen.key.'

/** 32 random bytes in base64url without padding. */
export const PARTICIPANT_KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/

/** HTTP header that carries the participant key to the HTTP API (votes). */
export const PARTICIPANT_KEY_HEADER = 'x-sammen-participant'

export function isParticipantKey(value: unknown): value is string {
  return typeof value === 'string' && PARTICIPANT_KEY_PATTERN.test(value)
}

/** A new participant key (browser or Node: Web Crypto). */
export function createParticipantKey(): string {
  const bytes = new Uint8Array(32)
  globalThis.crypto.getRandomValues(bytes)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The subprotocols a client offers: always `sammen`, then the token and the key when it has them. */
export function socketProtocols(credentials: { token?: string | null; participantKey?: string | null }): string[] {
  const protocols = [SYNC_SUBPROTOCOL]
  if (credentials.token) protocols.push(`${TOKEN_SUBPROTOCOL_PREFIX}${credentials.token}`)
  if (credentials.participantKey) protocols.push(`${KEY_SUBPROTOCOL_PREFIX}${credentials.participantKey}`)
  return protocols
}

export interface OfferedCredentials {
  token: string | null
  /** Null when none or a malformed one was offered. */
  participantKey: string | null
}

/** Reads what a client offered in its `Sec-WebSocket-Protocol` header (comma-separated). Never throws. */
export function readOfferedProtocols(header: string | string[] | undefined): OfferedCredentials {
  const offered = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((item) => item.trim())
  const token = offered.find((item) => item.startsWith(TOKEN_SUBPROTOCOL_PREFIX))?.slice(TOKEN_SUBPROTOCOL_PREFIX.length) || null
  const key = offered.find((item) => item.startsWith(KEY_SUBPROTOCOL_PREFIX))?.slice(KEY_SUBPROTOCOL_PREFIX.length) ?? null
  return { token, participantKey: isParticipantKey(key) ? key : null }
}
