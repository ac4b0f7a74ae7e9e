import {
  agencySchema,
  findCatalogueAgency,
  toJourneyAgency,
  type Actor,
  type ActorRelation,
  type Agency,
  type Benefit,
  type Handoff,
  type Journey,
  type Lane,
  type Opportunity,
  type PainPoint,
  type Phase,
  type Step,
} from '@sammen/journey-model'
import type { TLShape } from '@tldraw/tlschema'
import type { z } from 'zod'
import type { BoardReading } from './boardReading'

/** Why a card on the board is not part of the journey that reports and the outline read. */
export type LeftOutReason =
  | 'not-in-frame'
  | 'in-emotion-lane'
  | 'no-text'
  | 'no-agency'
  | 'no-beneficiary'
  | 'no-contributor'
  | 'invalid'

export interface LeftOutCard {
  shapeId: string
  type: string
  reason: LeftOutReason
}

/** Where a journey item came from: the card (or arrow) on the canvas, for "zoom to" and for edits. */
export interface BoardJourney {
  journey: Journey
  /** Journey item id → tldraw shape id. Items made from cards use the shape id as their id, phases/lanes the frame's. */
  shapeIdOf: ReadonlyMap<string, string>
  /** Phase or lane id → the id of the frame shape that holds it. */
  frameIdOf: ReadonlyMap<string, string>
  leftOut: LeftOutCard[]
  /** Agency ids used on cards that are neither the board's own nor in the catalogue (shown in grey). */
  unknownAgencyIds: string[]
}

/** The grey of an agency id nobody knows (neither the board's nor the catalogue's), the same in the app and reports. */
export const UNKNOWN_AGENCY_COLOUR = '#5b6675'

/** The phase (column) and lane (row) a card sits in. */
export interface JourneyCell {
  phaseId: string
  laneId: string
  laneKind: string
}

/** A card of the board with its size: what can sit in a cell. */
export type SizedShape = TLShape & { props: { w: number; h: number } }

/** A step with where its card sits: what pain points are placed against. */
export interface PlacedStep {
  step: Step
  shape: TLShape
  cell: JourneyCell
}

/**
 * The journey as the shapes' readers build it, one reader after the other (see `boardToJourney`): each adds its
 * items, says which cards it leaves out and why, and names the agencies it uses.
 */
export class JourneyDraft {
  readonly phases: Phase[] = []
  readonly lanes: Lane[] = []
  /** In journey order once the step reader is done. */
  readonly placedSteps: PlacedStep[] = []
  readonly painPoints: PainPoint[] = []
  readonly handoffs: Handoff[] = []
  readonly opportunities: Opportunity[] = []
  readonly benefits: Benefit[] = []
  readonly actors: Actor[] = []
  readonly relations: ActorRelation[] = []
  readonly leftOut: LeftOutCard[] = []
  readonly shapeIdOf = new Map<string, string>()
  readonly frameIdOf = new Map<string, string>()
  private readonly agencies: Map<string, Agency>
  private readonly unknownAgencyIds: string[] = []
  private locate: (shape: SizedShape) => JourneyCell | null = () => null

  constructor(private readonly board: BoardReading) {
    // The board's own agencies come first, in the order people chose them.
    this.agencies = new Map(board.meta.agencies.map((agency) => [agency.id, agency]))
  }

  get steps(): Step[] {
    return this.placedSteps.map(({ step }) => step)
  }

  /** How cards find their cell; the journey frame's reader, which knows the frames, sets it first. */
  locateCellsWith(locate: (shape: SizedShape) => JourneyCell | null): void {
    this.locate = locate
  }

  /** The cell a card sits in, or null when it is in no frame. */
  cellOf(shape: SizedShape): JourneyCell | null {
    return this.locate(shape)
  }

  leave(shape: TLShape, reason: LeftOutReason): void {
    this.leftOut.push({ shapeId: shape.id, type: shape.type, reason })
  }

  /** The item if journey-model's schema accepts it (and remembers which shape it came from), else left out as invalid. */
  accept<S extends z.ZodType>(schema: S, value: unknown, shape: TLShape): z.infer<S> | null {
    const parsed = schema.safeParse(value)
    if (parsed.success) {
      this.shapeIdOf.set((parsed.data as { id: string }).id, shape.id)
      return parsed.data
    }
    this.leave(shape, 'invalid')
    return null
  }

  /** Makes sure the journey lists an agency a card names: the board's own, else the catalogue's, else a grey one. */
  useAgency(id: string): void {
    if (id === '' || this.agencies.has(id)) return
    const known = findCatalogueAgency(id)
    if (known) {
      this.agencies.set(id, toJourneyAgency(known))
      return
    }
    const placeholder = agencySchema.safeParse({ id, name: id, shortName: id.slice(0, 24), level: 'stat', colour: UNKNOWN_AGENCY_COLOUR })
    if (placeholder.success) {
      this.agencies.set(id, placeholder.data)
      this.unknownAgencyIds.push(id)
    }
  }

  finish(): BoardJourney {
    const { meta, title } = this.board
    const journey: Journey = {
      lifeEvent: meta.lifeEvent ?? { id: 'tavle' as Journey['lifeEvent']['id'], name: title.trim() || '–' },
      situation: meta.situation || title.trim() || '–',
      agencies: [...this.agencies.values()],
      phases: this.phases,
      lanes: this.lanes,
      steps: this.steps,
      painPoints: this.painPoints,
      opportunities: this.opportunities,
      handoffs: this.handoffs,
      benefits: this.benefits,
      actors: this.actors,
      relations: this.relations,
    }
    return { journey, shapeIdOf: this.shapeIdOf, frameIdOf: this.frameIdOf, leftOut: this.leftOut, unknownAgencyIds: this.unknownAgencyIds }
  }
}

/** One shape's part of reading a board: adds its items to the draft. Readers run in a fixed order. */
export type JourneyReader = (board: BoardReading, draft: JourneyDraft) => void
