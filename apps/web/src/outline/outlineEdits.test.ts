import { boardToJourney, type JourneyFrameShape } from '@sammen/journey-shapes'
import { describe, expect, it } from 'vitest'
import type { TLShape, TLShapeId } from 'tldraw'
import { addPainPoint, addStep, removeCards, renameLane, renamePhase, requestRemoval, setSituation, updateStepCard } from './outlineEdits'
import { OutlineHistory } from './outlineHistory'
import { readOutline } from './outlineModel'
import { createOutlineTestStore, FRAME_ID, PP1, S1, S3, seedOutlineTestBoard } from './outlineBoard.fixture'

function setUp() {
  const store = createOutlineTestStore()
  seedOutlineTestBoard(store)
  return { store, history: new OutlineHistory<string>(store) }
}
const shape = (store: ReturnType<typeof setUp>['store'], id: TLShapeId) => store.get(id) as TLShape & { props: Record<string, unknown> }

describe('outline edits', () => {
  it('changes a step card and a frame name in the store (validated by the schema)', () => {
    const { store, history } = setUp()
    history.apply('agency', updateStepCard(store, S1, { agencyId: 'skatteetaten', emotion: -1 }))
    history.apply('phase', renamePhase(store, FRAME_ID, 'under', 'Underveis'))
    history.apply('lane', renameLane(store, FRAME_ID, 'gjor', 'Det personen gjør'))
    expect(shape(store, S1).props).toMatchObject({ agencyId: 'skatteetaten', emotion: -1 })
    const frame = store.get(FRAME_ID) as JourneyFrameShape
    expect(frame.props.phases.map((phase) => phase.name)).toEqual(['Før', 'Underveis'])
    expect(frame.props.lanes[0]!.name).toBe('Det personen gjør')
  })

  it('writes the situation into the board meta and keeps the rest of it', () => {
    const { store, history } = setUp()
    history.apply('situation', setSituation(store, 'Jeg skal bygge hytte.'))
    expect(readOutline(store.allRecords())).toMatchObject({ situation: 'Jeg skal bygge hytte.', lifeEventName: 'Bygge hus' })
  })

  it('adds a step after the cards in its cell, where the board reads it', () => {
    const { store, history } = setUp()
    const added = addStep(store, { frameId: FRAME_ID, phaseId: 'under', laneId: 'etatene', text: 'Får svar', agencyId: 'kommunen', channel: 'brev' })!
    history.apply('add step', added.change)
    const card = shape(store, added.id)
    expect(card).toMatchObject({ parentId: FRAME_ID, x: 824, y: 628 })
    const step = boardToJourney(store.allRecords()).journey.steps.find((candidate) => candidate.id === (added.id as string))
    expect(step).toMatchObject({ phaseId: 'under', laneId: 'etatene', text: 'Får svar', agencyId: 'kommunen', channel: 'brev' })
  })

  it('grows a full lane and moves the cards of the lanes below with it', () => {
    const { store, history } = setUp()
    const below = addStep(store, { frameId: FRAME_ID, phaseId: 'for', laneId: 'etatene', text: 'Nede', agencyId: 'nav', channel: 'digital' })!
    history.apply('add', below.change)
    const yBefore = shape(store, below.id).y
    // Før × Gjør holds s1, s2 and pp1; one more step fits next to pp1, the one after goes past the lane's 400 units.
    const newStep = () => addStep(store, { frameId: FRAME_ID, phaseId: 'for', laneId: 'gjor', text: 'Ny', agencyId: 'nav', channel: 'digital' })!
    history.apply('add', newStep().change)
    expect((store.get(FRAME_ID) as JourneyFrameShape).props.lanes[0]!.h).toBe(400)
    const added = newStep()
    history.apply('add', added.change)
    const frame = store.get(FRAME_ID) as JourneyFrameShape
    const grown = frame.props.lanes[0]!.h - 400
    expect(grown).toBeGreaterThan(0)
    expect(shape(store, below.id).y).toBe(yBefore + grown)
    const journey = boardToJourney(store.allRecords()).journey
    expect(journey.steps.find((step) => step.id === (added.id as string))?.laneId).toBe('gjor')
    expect(journey.steps.find((step) => step.id === (below.id as string))?.laneId).toBe('etatene')
  })

  it('adds a pain point under its step, below the ones already there', () => {
    const { store, history } = setUp()
    const added = addPainPoint(store, S1, { text: 'Får ikke svar', ownerAgencyId: 'nav', severity: 3, category: 'kasteball' }, [PP1])!
    history.apply('add pain point', added.change)
    expect(shape(store, added.id)).toMatchObject({ x: 224, y: 280 + 148 + 24 })
    const painPoint = boardToJourney(store.allRecords()).journey.painPoints.find((candidate) => candidate.id === (added.id as string))
    expect(painPoint).toMatchObject({ stepId: S1, agencyId: 'nav', severity: 3, category: 'kasteball' })
    expect(store.allRecords().some((record) => record.typeName === 'binding')).toBe(false)
  })

  it('links a pain point by an arrow when the spot under its step is taken', () => {
    const { store, history } = setUp()
    // A card right under s3 takes the spot; the free spot in the cell is not under s3.
    history.apply('block', addStep(store, { frameId: FRAME_ID, phaseId: 'under', laneId: 'gjor', text: 'x', agencyId: 'nav', channel: 'digital' })!.change)
    const blocker = store.allRecords().find((record) => record.typeName === 'shape' && record.type === 'step-card' && (record.props as { text: string }).text === 'x')!
    store.put([{ ...blocker, x: 824, y: 280 } as TLShape])
    const added = addPainPoint(store, S3, { text: 'Lang saksbehandling', ownerAgencyId: 'kartverket', severity: 2, category: 'venting' }, [])!
    history.apply('add pain point', added.change)
    const journey = boardToJourney(store.allRecords()).journey
    expect(journey.painPoints.find((candidate) => candidate.id === (added.id as string))?.stepId).toBe(S3)
    expect(store.allRecords().filter((record) => record.typeName === 'binding')).toHaveLength(2)
  })

  it('removes a step with its pain points and the arrows bound to them, and undo brings all back', () => {
    const { store, history } = setUp()
    const linked = addPainPoint(store, S1, { text: 'a', ownerAgencyId: 'nav', severity: 1, category: 'annet' }, [PP1])!
    history.apply('add', linked.change)
    const before = store.allRecords().length
    const removal = removeCards(store, [S1], [PP1, linked.id])
    expect(removal.painPoints).toBe(2)
    history.apply('delete', removal.change)
    expect(store.get(S1)).toBeUndefined()
    expect(store.get(PP1)).toBeUndefined()
    history.undo()
    expect(store.allRecords().length).toBe(before)
    expect(store.get(S1)).toBeDefined()
  })

  it('removes the arrows and bindings of a handoff to a removed step', () => {
    const { store, history } = setUp()
    // Link a pain point to s3 by an arrow first, then remove s3: arrow and bindings go too.
    history.apply('block', addStep(store, { frameId: FRAME_ID, phaseId: 'under', laneId: 'gjor', text: 'x', agencyId: 'nav', channel: 'digital' })!.change)
    const blocker = store.allRecords().find((record) => record.typeName === 'shape' && (record.props as { text?: string }).text === 'x')!
    store.put([{ ...blocker, x: 824, y: 280 } as TLShape])
    const added = addPainPoint(store, S3, { text: 'b', ownerAgencyId: 'nav', severity: 1, category: 'annet' }, [])!
    history.apply('add', added.change)
    const removal = removeCards(store, [S3])
    expect(removal.arrows).toBe(1)
    history.apply('delete', removal.change)
    expect(store.allRecords().filter((record) => record.typeName === 'binding')).toHaveLength(0)
    expect(store.allRecords().filter((record) => record.typeName === 'shape' && record.type === 'arrow')).toHaveLength(0)
    expect(store.get(added.id)).toBeDefined()
  })

  it('removes an arrow a colleague drew to the card while the confirm dialog was open', () => {
    const { store, history } = setUp()
    history.apply('block', addStep(store, { frameId: FRAME_ID, phaseId: 'under', laneId: 'gjor', text: 'x', agencyId: 'nav', channel: 'digital' })!.change)
    const blocker = store.allRecords().find((record) => record.typeName === 'shape' && (record.props as { text?: string }).text === 'x')!
    store.put([{ ...blocker, x: 824, y: 280 } as TLShape])
    const request = requestRemoval(store, [S3])
    expect(request.arrows).toBe(0)
    // Meanwhile a colleague links a new pain point to s3 by an arrow.
    const added = addPainPoint(store, S3, { text: 'b', ownerAgencyId: 'nav', severity: 1, category: 'annet' }, [])!
    store.mergeRemoteChanges(() => store.put(added.change.put!))
    expect(store.allRecords().filter((record) => record.typeName === 'binding')).toHaveLength(2)
    history.apply('delete', request.change())
    expect(store.get(S3)).toBeUndefined()
    expect(store.allRecords().filter((record) => record.typeName === 'binding')).toHaveLength(0)
    expect(store.allRecords().filter((record) => record.typeName === 'shape' && record.type === 'arrow')).toHaveLength(0)
    expect(store.get(added.id)).toBeDefined()
  })
})
