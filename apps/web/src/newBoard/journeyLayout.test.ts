import { byggeHusTemplate, journeyFromTemplate, journeyTemplates } from '@sammen/journey-model'
import { frameCellAt, journeyFrameGeometry } from '@sammen/journey-shapes'
import { describe, expect, it } from 'vitest'
import { CELL_PADDING } from '../shapes/journeyFrame/cellPlacement'
import { CARD_H, planJourneyLayout, type Box } from './journeyLayout'

const options = { emotionLaneName: 'Følelser' }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
const centre = (box: Box) => ({ x: box.x + box.w / 2, y: box.y + box.h / 2 })

describe('planJourneyLayout', () => {
  it('makes the phases the columns and the lanes the rows of the frame, plus an emotion lane', () => {
    const journey = journeyFromTemplate(byggeHusTemplate)
    const { frame } = planJourneyLayout(journey, options)
    expect(frame.props.phases.map((phase) => phase.name)).toEqual(byggeHusTemplate.phases.map((phase) => phase.name))
    expect(frame.props.phases.map((phase) => phase.id)).toEqual(journey.phases.map((phase) => phase.id))
    const cardLanes = frame.props.lanes.filter((lane) => lane.kind === 'steps')
    expect(cardLanes.map((lane) => lane.id)).toEqual(journey.lanes.map((lane) => lane.id))
    const hasEmotion = journey.steps.some((step) => step.emotion !== undefined)
    expect(frame.props.lanes.filter((lane) => lane.kind === 'emotion').map((lane) => lane.name)).toEqual(hasEmotion ? ['Følelser'] : [])
  })

  it('puts every step in its phase × lane cell, inside the padding', () => {
    const journey = journeyFromTemplate(byggeHusTemplate)
    const layout = planJourneyLayout(journey, options)
    const geometry = journeyFrameGeometry(layout.frame.props)
    expect(layout.steps).toHaveLength(journey.steps.length)
    for (const card of layout.steps) {
      const cell = frameCellAt(geometry, centre(card))!
      expect(cell.column.phase.id).toBe(card.step.phaseId)
      expect(cell.row.lane.id).toBe(card.step.laneId)
      expect(card.x).toBeGreaterThanOrEqual(cell.column.x + CELL_PADDING)
      expect(card.x + card.w).toBeLessThanOrEqual(cell.column.x + cell.column.w - CELL_PADDING)
      expect(card.y + card.h).toBeLessThanOrEqual(cell.row.y + cell.row.h - CELL_PADDING)
    }
  })

  it('stacks pain points under their step, in the same cell', () => {
    const layout = planJourneyLayout(journeyFromTemplate(byggeHusTemplate), options)
    const geometry = journeyFrameGeometry(layout.frame.props)
    for (const card of layout.painPoints) {
      const step = layout.steps.find((candidate) => candidate.step.id === card.painPoint.stepId)!
      expect(card.x).toBe(step.x)
      expect(card.y).toBeGreaterThanOrEqual(step.y + CARD_H)
      expect(frameCellAt(geometry, centre(card))?.row.lane.id).toBe(step.step.laneId)
    }
  })

  it('lets no two cards overlap and keeps them inside the frame, in any template', () => {
    for (const template of journeyTemplates) {
      const layout = planJourneyLayout(journeyFromTemplate(template), options)
      const { w, h } = journeyFrameGeometry(layout.frame.props)
      const cards: Box[] = [...layout.steps, ...layout.painPoints]
      expect(cards).toHaveLength(template.steps.length + template.painPoints.length)
      for (const [index, card] of cards.entries()) {
        for (const other of cards.slice(index + 1)) expect(overlaps(card, other), template.id).toBe(false)
        expect(card.x + card.w <= w && card.y + card.h <= h, template.id).toBe(true)
      }
    }
  })

  it('keeps the situation above the frame', () => {
    const layout = planJourneyLayout(journeyFromTemplate(byggeHusTemplate), options)
    expect(layout.situation.y + layout.situation.h).toBeLessThanOrEqual(layout.frame.y)
    expect(layout.situation.text).toBe(byggeHusTemplate.situation)
  })

  it('leaves out what belongs to agencies that were not chosen', () => {
    const agencyIds = byggeHusTemplate.agencyIds.filter((id) => id !== 'husbanken')
    const layout = planJourneyLayout(journeyFromTemplate(byggeHusTemplate, { agencyIds }), options)
    expect(layout.steps.some((card) => card.step.agencyId === 'husbanken')).toBe(false)
    expect(layout.painPoints.some((card) => card.painPoint.agencyId === 'husbanken')).toBe(false)
  })
})
