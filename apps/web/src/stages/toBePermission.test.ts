import { describe, expect, it } from 'vitest'
import { toBePermission } from './toBePermission'

describe('toBePermission', () => {
  it('lets those who may change the board make a to-be board where they may make boards', () => {
    expect(toBePermission({ mode: 'open', canEdit: true }, null)).toBe('allowed')
    // Offline before the server said: like "Ny tavle", the server still decides.
    expect(toBePermission({ mode: 'unknown', canEdit: true }, null)).toBe('allowed')
    expect(toBePermission({ mode: 'secured', canEdit: true }, 'workspace-link')).toBe('allowed')
  })

  it('asks for a workspace link on a secured server', () => {
    expect(toBePermission({ mode: 'secured', canEdit: true }, null)).toBe('needs-workspace')
  })

  it('offers nothing to those who may not change the board', () => {
    expect(toBePermission({ mode: 'open', canEdit: false }, null)).toBe('not-allowed')
    expect(toBePermission({ mode: 'secured', canEdit: false }, 'workspace-link')).toBe('not-allowed')
  })
})
