import { describe, expect, it } from 'vitest'
import { agencyIdsOfShape, agencyIdsOnBoard, diffPlaceOfShape, textOfShape } from './shapeFacts'

const richText = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

describe('facts read from any shape', () => {
  it('names the agencies of each card type, never the person, and nothing for frames and tldraw shapes', () => {
    expect(agencyIdsOfShape({ type: 'step-card', props: { agencyId: 'nav' } })).toEqual(['nav'])
    expect(agencyIdsOfShape({ type: 'step-card', props: { agencyId: '' } })).toEqual([])
    expect(agencyIdsOfShape({ type: 'pain-point', props: { ownerAgencyId: 'kommunen' } })).toEqual(['kommunen'])
    expect(agencyIdsOfShape({ type: 'opportunity', props: { agencyIds: ['nav', 'skatteetaten', 'nav'] } })).toEqual(['nav', 'skatteetaten'])
    expect(agencyIdsOfShape({ type: 'benefit', props: { landsWith: 'personen', contributorIds: ['nav'] } })).toEqual(['nav'])
    expect(agencyIdsOfShape({ type: 'benefit', props: { landsWith: 'husbanken', contributorIds: ['nav'] } })).toEqual(['husbanken', 'nav'])
    expect(agencyIdsOfShape({ type: 'actor', props: { agencyId: 'kartverket', name: '' } })).toEqual(['kartverket'])
    expect(agencyIdsOfShape({ type: 'journey-frame', props: { phases: [], lanes: [] } })).toBeNull()
    expect(agencyIdsOfShape({ type: 'arrow', props: {} })).toBeNull()
  })

  it('lists the agencies on a board in first-seen order, each once', () => {
    const shapes = [
      { type: 'pain-point', props: { ownerAgencyId: 'kommunen' } },
      { type: 'geo', props: { richText: richText('nav') } },
      { type: 'step-card', props: { agencyId: 'nav' } },
      { type: 'step-card', props: { agencyId: 'kommunen' } },
    ]
    expect(agencyIdsOnBoard(shapes)).toEqual(['kommunen', 'nav'])
  })

  it("reads a card's own text, an actor's agency name, a frame's phase and lane names, and tldraw's rich text", () => {
    expect(textOfShape({ type: 'step-card', props: { text: 'Søker om byggetillatelse' } })).toBe('Søker om byggetillatelse')
    expect(textOfShape({ type: 'actor', props: { agencyId: 'nav', name: '' } })).toMatch(/arbeids- og velferd/i)
    expect(textOfShape({ type: 'actor', props: { agencyId: 'nav', name: 'Saksbehandler' } })).toBe('Saksbehandler')
    expect(textOfShape({ type: 'journey-frame', props: { phases: [{ name: 'Før' }], lanes: [{ name: 'Steg' }] } })).toBe('Før Steg')
    expect(textOfShape({ type: 'note', props: { richText: richText('Husk naboene') } })).toBe('Husk naboene')
    expect(textOfShape({ type: 'geo', props: {} })).toBe('')
  })

  it('puts a change under steps, the owning agency, handoffs or the rest', () => {
    expect(diffPlaceOfShape({ type: 'step-card', props: {} })).toEqual({ group: 'steps' })
    expect(diffPlaceOfShape({ type: 'pain-point', props: { ownerAgencyId: 'nav' } })).toEqual({ group: 'pain-points', agencyId: 'nav' })
    expect(diffPlaceOfShape({ type: 'arrow', props: {} })).toEqual({ group: 'handoffs' })
    expect(diffPlaceOfShape({ type: 'benefit', props: {} })).toEqual({ group: 'other' })
    expect(diffPlaceOfShape({ type: 'geo', props: {} })).toEqual({ group: 'other' })
  })
})

describe('facts of records nobody validated (old versions, snapshots)', () => {
  it('skips what is not text instead of failing', () => {
    expect(agencyIdsOfShape({ type: 'pain-point', props: {} })).toEqual([])
    expect(agencyIdsOfShape({ type: 'opportunity', props: { agencyIds: [1, 'nav', null] } })).toEqual(['nav'])
    expect(diffPlaceOfShape({ type: 'pain-point', props: { ownerAgencyId: 7 } })).toEqual({ group: 'pain-points', agencyId: null })
    expect(textOfShape({ type: 'step-card', props: { text: 42 } })).toBe('')
    expect(textOfShape({ type: 'journey-frame', props: {} })).toBe('')
  })
})
