import type http from 'node:http'
import { describe, expect, it } from 'vitest'
import { selectSubprotocol, socketToken } from './socketToken'

const request = (protocols?: string) => ({ headers: protocols === undefined ? {} : { 'sec-websocket-protocol': protocols } }) as http.IncomingMessage

describe('socket token', () => {
  it('reads the token from the offered subprotocols first, then from the query', () => {
    const url = new URL('http://localhost/sync/tavle-1?token=from-query')
    expect(socketToken(request('sammen, sammen.token.eyJ.abc.def'), url)).toBe('eyJ.abc.def')
    expect(socketToken(request(), url)).toBe('from-query')
    expect(socketToken(request('sammen'), new URL('http://localhost/sync/tavle-1'))).toBeNull()
    expect(socketToken(request('sammen, sammen.token.'), new URL('http://localhost/sync/tavle-1'))).toBeNull()
  })

  it('answers with the protocol name, never with the token', () => {
    expect(selectSubprotocol(new Set(['sammen', 'sammen.token.eyJ.abc.def']))).toBe('sammen')
    expect(selectSubprotocol(new Set(['other']))).toBe(false)
  })
})
