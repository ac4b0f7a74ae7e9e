// What the JSON APIs (invites, votes, versions) share: the error they throw, how an answer is written, how a small
// JSON body is read, and how a request's failure becomes an answer. Every error answer is
// `{"error": "<what is wrong>", "code"?: "<machine-readable>"}` (PROTOCOL.md's `apiErrorSchema`).
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from '../log'

/** Handles the request and returns true, or returns false when the path is not the API's. */
export type ApiHandler = (req: IncomingMessage, res: ServerResponse) => boolean

/** A refusal with its HTTP status, message, optional machine-readable `code` and headers. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

/** Writes a JSON answer (or an empty one); error statuses are counted through `refused`. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
  refused?: (status: number) => void,
): void {
  if (status >= 400) refused?.(status)
  const json = body === undefined ? undefined : JSON.stringify(body)
  res.writeHead(status, {
    'Cache-Control': 'no-store',
    ...(json === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
    ...headers,
  })
  res.end(json)
}

/** A small JSON body (up to `maxBytes`); an empty body reads as `{}` when `emptyIsObject`. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number, emptyIsObject = false): Promise<unknown> {
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) throw new HttpError(413, `body too large (at most ${maxBytes} bytes)`)
    chunks.push(chunk)
  }
  if (size === 0 && emptyIsObject) return {}
  if (contentType !== 'application/json') throw new HttpError(415, 'send Content-Type: application/json')
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new HttpError(400, 'body is not valid JSON')
  }
}

/**
 * Turns a request's failure into an answer: an HttpError as itself, anything else (storage, our own bug) as a 500
 * that names no secret. Never throws.
 */
export function answerFailure(res: ServerResponse, error: unknown, log: Logger, what: string, refused?: (status: number) => void, retryHint = 'retry'): void {
  if (error instanceof HttpError) {
    if (!res.headersSent) sendJson(res, error.status, { error: error.message, ...(error.code ? { code: error.code } : {}) }, error.headers, refused)
    return
  }
  log.error(`${what} failed`, { error })
  if (!res.headersSent) sendJson(res, 500, { error: `internal error; ${retryHint}` }, {}, refused)
  else res.destroy()
}

/** A path segment decoded, or the raw text when it is not valid percent-encoding (the id checks refuse it then). */
export function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
