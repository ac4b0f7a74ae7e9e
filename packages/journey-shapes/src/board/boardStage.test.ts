import { describe, expect, it } from 'vitest'
import { readBoardStage, resolutionMeta, toBeLinkMeta, toBeStageMeta } from './boardStage'

describe('readBoardStage', () => {
  it('reads a board without stage facts as an as-is board', () => {
    expect(readBoardStage(undefined)).toEqual({ stage: 'as-is', asIsBoardId: null, toBeBoardIds: [], resolutions: [] })
    expect(readBoardStage({ sammen: { situation: 'Jeg skal bygge hus' } }).stage).toBe('as-is')
  })

  it('reads what the writers write, links oldest first', () => {
    const meta = {
      ...toBeStageMeta('asIsBoard1'),
      ...toBeLinkMeta('toBeBoardB', 20),
      ...toBeLinkMeta('toBeBoardA', 10),
      ...resolutionMeta({ painPointId: 'shape:pp2', byShapeId: 'shape:step9', note: '  Skjemaet er forhåndsutfylt ' }),
      ...resolutionMeta({ painPointId: 'shape:pp1', byShapeId: null, note: '' }),
    }
    expect(readBoardStage(meta)).toEqual({
      stage: 'to-be',
      asIsBoardId: 'asIsBoard1',
      toBeBoardIds: ['toBeBoardA', 'toBeBoardB'],
      resolutions: [
        { painPointId: 'shape:pp1', byShapeId: null, note: '' },
        { painPointId: 'shape:pp2', byShapeId: 'shape:step9', note: 'Skjemaet er forhåndsutfylt' },
      ],
    })
  })

  it('skips broken entries instead of failing the board', () => {
    const meta = {
      sammenStage: { stage: 'to-be', asIsBoardId: '../etc' },
      'sammenToBe:x': { createdAt: 1 },
      'sammenToBe:goodBoard1': { createdAt: 'yesterday' },
      'sammenResolves:shape:pp': { byShapeId: 42, note: '' },
      'sammenResolves:': { byShapeId: null, note: '' },
    }
    expect(readBoardStage(meta)).toEqual({ stage: 'as-is', asIsBoardId: null, toBeBoardIds: [], resolutions: [] })
  })
})
