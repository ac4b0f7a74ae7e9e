import { describe, expect, it } from 'vitest'
import { openModeViewHash, takeViewFromHash } from './openModeView'

describe('open-mode view links', () => {
  it('reads the view from the hash and leaves the rest', () => {
    expect(takeViewFromHash(openModeViewHash('panel'))).toEqual({ view: 'panel', restHash: '' })
    expect(takeViewFromHash('#view=viewer&x=1')).toEqual({ view: 'viewer', restHash: '#x=1' })
    expect(takeViewFromHash('#x=1')).toEqual({ view: null, restHash: '#x=1' })
    expect(takeViewFromHash('')).toEqual({ view: null, restHash: '' })
  })

  it('ignores a view it does not know, and takes it out of the address anyway', () => {
    expect(takeViewFromHash('#view=facilitator')).toEqual({ view: null, restHash: '' })
  })
})
