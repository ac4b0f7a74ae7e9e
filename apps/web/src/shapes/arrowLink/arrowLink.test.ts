import { readHandoffCarrier } from '@sammen/journey-shapes'
import { describe, expect, it } from 'vitest'
import { arrowLinkKind, chosenHandoffCarrier, handoffArrowStyle, withHandoffCarrier } from './arrowLink'

describe('arrowLinkKind', () => {
  it('reads step → step as a handoff and actor → actor as a relation', () => {
    expect(arrowLinkKind('step-card', 'step-card')).toBe('handoff')
    expect(arrowLinkKind('actor', 'actor')).toBe('relation')
  })

  it('reads opportunity ↔ pain point in either direction', () => {
    expect(arrowLinkKind('opportunity', 'pain-point')).toBe('opportunity-link')
    expect(arrowLinkKind('pain-point', 'opportunity')).toBe('opportunity-link')
  })

  it('gives null for loose ends and for pairs that mean nothing on a journey board', () => {
    expect(arrowLinkKind('step-card', undefined)).toBeNull()
    expect(arrowLinkKind(undefined, undefined)).toBeNull()
    expect(arrowLinkKind('step-card', 'actor')).toBeNull()
    expect(arrowLinkKind('opportunity', 'opportunity')).toBeNull()
    expect(arrowLinkKind('pain-point', 'pain-point')).toBeNull()
    expect(arrowLinkKind('geo', 'geo')).toBeNull()
  })
})

describe('handoff carrier', () => {
  it('draws person-carried handoffs orange and dashed, agency-carried grey and solid', () => {
    expect(handoffArrowStyle('personen')).toEqual({ color: 'orange', dash: 'dashed', font: 'sans' })
    expect(handoffArrowStyle('etatene')).toEqual({ color: 'grey', dash: 'solid', font: 'sans' })
  })

  it('writes the carrier where boardToJourney reads it, keeping other meta', () => {
    const meta = withHandoffCarrier({ note: 'x' }, 'personen')
    expect(meta).toEqual({ note: 'x', carriedBy: 'personen' })
    expect(readHandoffCarrier(meta)).toBe('personen')
    expect(readHandoffCarrier(withHandoffCarrier(meta, 'etatene'))).toBe('etatene')
  })
})

describe('chosenHandoffCarrier', () => {
  it('is null until someone chooses, although the report reads a missing carrier as the agencies', () => {
    expect(chosenHandoffCarrier({})).toBeNull()
    expect(chosenHandoffCarrier({ handoffCarriedBy: 'somebody' })).toBeNull()
    expect(readHandoffCarrier({})).toBe('etatene')
    expect(chosenHandoffCarrier(withHandoffCarrier({}, 'etatene'))).toBe('etatene')
    expect(chosenHandoffCarrier(withHandoffCarrier({ other: 1 }, 'personen'))).toBe('personen')
  })
})
