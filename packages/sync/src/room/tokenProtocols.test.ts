import { describe, expect, it } from 'vitest'
import { tokenProtocols } from './tokenProtocols'

describe('tokenProtocols', () => {
  it('offers the protocol name and the token, or nothing without a token', () => {
    expect(tokenProtocols('eyJ.abc.def')).toEqual(['sammen', 'sammen.token.eyJ.abc.def'])
    expect(tokenProtocols(null)).toBeUndefined()
    expect(tokenProtocols('')).toBeUndefined()
  })
})
