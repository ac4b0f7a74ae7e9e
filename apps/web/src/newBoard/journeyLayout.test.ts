import { byggeHusTemplate, journeyFromTemplate, journeyTemplates } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { CARD_H, planJourneyLayout, type Box } from './journeyLayout'

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h

describe('planJourneyLayout', () => {
  it('puts every step in its phase column and lane row', () => {
    const journey = journeyFromTemplate(byggeHusTemplate)
    const layout = planJourneyLayout(journey)
    expect(layout.phaseHeaders.map((header) => header.phase.name)).toEqual(byggeHusTemplate.phases.map((phase) => phase.name))
    expect(layout.steps).toHaveLength(journey.steps.length)
    for (const card of layout.steps) {
      const header = layout.phaseHeaders.find((candidate) => candidate.phase.id === card.step.phaseId)!
      const lane = layout.lanes.find((candidate) => candidate.lane.id === card.step.laneId)!
      expect(card.x >= header.x && card.x + card.w <= header.x + header.w).toBe(true)
      expect(inside(card, lane.row)).toBe(true)
    }
  })

  it('stacks pain points under their step', () => {
    const layout = planJourneyLayout(journeyFromTemplate(byggeHusTemplate))
    for (const card of layout.painPoints) {
      const step = layout.steps.find((candidate) => candidate.step.id === card.painPoint.stepId)!
      expect(card.x).toBe(step.x)
      expect(card.y).toBeGreaterThanOrEqual(step.y + CARD_H)
    }
  })

  it('lets no two cards overlap, in any template', () => {
    for (const template of journeyTemplates) {
      const layout = planJourneyLayout(journeyFromTemplate(template))
      const cards: Box[] = [...layout.steps, ...layout.painPoints]
      expect(cards).toHaveLength(template.steps.length + template.painPoints.length)
      for (const [index, card] of cards.entries()) {
        for (const other of cards.slice(index + 1)) expect(overlaps(card, other), template.id).toBe(false)
        expect(inside(card, layout.bounds), template.id).toBe(true)
      }
    }
  })

  it('leaves out what belongs to agencies that were not chosen', () => {
    const agencyIds = byggeHusTemplate.agencyIds.filter((id) => id !== 'husbanken')
    const layout = planJourneyLayout(journeyFromTemplate(byggeHusTemplate, { agencyIds }))
    expect(layout.steps.some((card) => card.step.agencyId === 'husbanken')).toBe(false)
    expect(layout.painPoints.some((card) => card.painPoint.agencyId === 'husbanken')).toBe(false)
  })
})
