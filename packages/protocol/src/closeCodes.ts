/**
 * Every WebSocket close code the sync server sends, with what it means and whether a client should reconnect.
 * Defined once: the server closes with these, the web app and the sync package decide from `retry` whether to
 * reconnect. 4000–4999 are for applications; ours mirror the HTTP status a person would know them by.
 */
export const CloseCode = {
  /** Undecodable frame, invalid Yjs or awareness payload, unknown message type, text frame. */
  malformed: 1007,
  /** More than the allowed number of frames queued while the board was still loading. */
  policy: 1008,
  /** A frame larger than the server's MAX_MESSAGE_BYTES (set by `ws`). */
  tooBig: 1009,
  /** Storage failed to load the board. */
  internalError: 1011,
  /** Graceful shutdown (SIGINT/SIGTERM). */
  serviceRestart: 1012,
  /** The client did not read what the server sent fast enough. */
  tryAgainLater: 1013,
  /** The connection's invite was revoked, or ran out while the socket was open. */
  inviteRevoked: 4401,
  /** The connection sent a change its role may not make, or wrote for a client id another person holds. */
  forbidden: 4403,
  /**
   * An update that depends on something the server does not have yet (sent out of order): resync. Outside
   * 4400–4499 on purpose: a stock y-websocket client stops reconnecting after those, and this one must reconnect.
   */
  notReady: 4009,
  /** An update over the limits on structs, nesting depth or new annotations per message. */
  tooLarge: 4413,
  /** More frames (or more costly requests) per second than the server allows one connection. */
  rateLimited: 4429,
} as const

export type CloseCodeName = keyof typeof CloseCode
export type SammenCloseCode = (typeof CloseCode)[CloseCodeName]

export interface CloseCodeInfo {
  code: number
  /** The reason text(s) the server sends with it. */
  reasons: readonly string[]
  /** Whether reconnecting can help. False: the same client would be refused again; tell the person why. */
  retry: boolean
}

/** Reason texts, one place: the web app matches some of them (e.g. an expired invite vs a revoked one). */
export const CloseReason = {
  malformed: 'malformed message',
  tooManyBeforeSync: 'too many messages before sync',
  couldNotLoad: 'could not load board',
  serviceRestart: 'service restart',
  tooSlow: 'too slow',
  inviteRevoked: 'invite revoked',
  inviteExpired: 'invite expired',
  readOnlyRole: 'read-only role',
  panelAddsOnly: 'panel members may only add annotations',
  facilitatorOnly: 'only a facilitator may change this',
  notYourClient: 'client id held by another participant',
  notYourPresence: 'presence of another participant',
  forbiddenEntry: 'entry of another participant',
  outsideLayout: 'change outside the document layout',
  invalidValue: 'invalid value',
  invalidRecord: 'invalid board record',
  notReady: 'update depends on changes the server does not have; resync',
  tooLarge: 'update too large',
  tooDeep: 'value nested too deeply',
  rateLimited: 'rate limited',
} as const

export const CLOSE_CODES: readonly CloseCodeInfo[] = [
  { code: CloseCode.malformed, reasons: [CloseReason.malformed], retry: true },
  { code: CloseCode.policy, reasons: [CloseReason.tooManyBeforeSync], retry: true },
  { code: CloseCode.tooBig, reasons: [], retry: false },
  { code: CloseCode.internalError, reasons: [CloseReason.couldNotLoad], retry: true },
  { code: CloseCode.serviceRestart, reasons: [CloseReason.serviceRestart], retry: true },
  { code: CloseCode.tryAgainLater, reasons: [CloseReason.tooSlow], retry: true },
  { code: CloseCode.inviteRevoked, reasons: [CloseReason.inviteRevoked, CloseReason.inviteExpired], retry: false },
  {
    code: CloseCode.forbidden,
    reasons: [
      CloseReason.readOnlyRole,
      CloseReason.panelAddsOnly,
      CloseReason.facilitatorOnly,
      CloseReason.notYourClient,
      CloseReason.notYourPresence,
      CloseReason.forbiddenEntry,
      CloseReason.outsideLayout,
      CloseReason.invalidValue,
      CloseReason.invalidRecord,
    ],
    retry: false,
  },
  { code: CloseCode.notReady, reasons: [CloseReason.notReady], retry: true },
  { code: CloseCode.tooLarge, reasons: [CloseReason.tooLarge, CloseReason.tooDeep], retry: false },
  { code: CloseCode.rateLimited, reasons: [CloseReason.rateLimited], retry: true },
]

/** Close codes after which reconnecting cannot help: the client stops and tells the person why. */
export const PERMANENT_CLOSE_CODES: readonly number[] = CLOSE_CODES.filter((info) => !info.retry).map((info) => info.code)

/** Whether a client should reconnect after the server closed its socket with `code`. */
export function shouldReconnectAfter(code: number): boolean {
  return !PERMANENT_CLOSE_CODES.includes(code)
}
