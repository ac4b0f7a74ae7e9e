// The path of a request, read without ever throwing: `new URL('//', base)` and friends throw on request targets
// a client may well send (`//`, `//host`, absolute-form targets), and a throw there used to leave the socket open
// with no answer.
import type { IncomingMessage } from 'node:http'

/** The decoded-as-sent pathname (percent escapes kept), or null for a target that is not a path. */
export function requestPath(req: Pick<IncomingMessage, 'url'>): string | null {
  const target = req.url ?? '/'
  if (!target.startsWith('/')) return null
  const end = target.search(/[?#]/)
  const path = end === -1 ? target : target.slice(0, end)
  // Control characters and spaces have no place in a path.
  return /[\u0000-\u0020\u007f]/.test(path) ? null : path
}
