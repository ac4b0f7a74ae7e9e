import { findCatalogueAgency } from '../catalogue/agencies'
import { toJourneyAgency } from '../catalogue/catalogueAgency'
import type { Agency } from '../journey/agency'
import type { Journey, JourneyInput } from '../journey/journey'
import { parseJourney } from '../journey/journey'
import type { JourneyTemplate } from './journeyTemplate'

/** The kinds of item a template creates ids for. */
export type TemplateItemKind = 'phase' | 'lane' | 'step' | 'painPoint' | 'handoff'

/**
 * Makes the id of one item. `key` is the template's key (phases, lanes, steps) or the 1-based position
 * (pain points, handoffs); the same template, kind and key must give the same id within one call.
 */
export type TemplateIdFactory = (kind: TemplateItemKind, key: string) => string

export interface JourneyFromTemplateOptions {
  /** The person's situation in their own words; the template's when left out. */
  situation?: string
  /**
   * The agencies to include, as catalogue ids; the template's when left out. Steps, pain points and handoffs
   * of agencies left out are dropped, so a workshop can start from the agencies actually in the room.
   */
  agencyIds?: readonly string[]
  /**
   * Agencies people added themselves (not from the catalogue). Only those whose ids are in `agencyIds` are
   * included, in that order; an own agency with a catalogue agency's id replaces it (its own name and colour).
   */
  ownAgencies?: readonly Agency[]
  /** Defaults to deterministic ids such as `fa-barn.step.fodsel`, so the same template always lays out the same. */
  createId?: TemplateIdFactory
}

/**
 * Turns a template into a checked Journey. Agencies keep their catalogue ids (not passed through `createId`)
 * so the same agency has the same id on every board and analyses can be compared across boards.
 * Throws when an agency id is neither an own agency nor in the catalogue, or the template is inconsistent.
 */
export function journeyFromTemplate(template: JourneyTemplate, options: JourneyFromTemplateOptions = {}): Journey {
  const createId = options.createId ?? ((kind, key) => `${template.id}.${kind}.${key}`)
  const agencyIds = [...new Set(options.agencyIds ?? template.agencyIds)]
  const ownAgencies = new Map((options.ownAgencies ?? []).map((agency) => [agency.id as string, agency]))
  const agencies = agencyIds.map((id) => {
    const own = ownAgencies.get(id)
    if (own !== undefined) return own
    const agency = findCatalogueAgency(id)
    if (agency === undefined) throw new Error(`Template "${template.id}": agency "${id}" is not in the agency catalogue.`)
    return toJourneyAgency(agency)
  })
  const included = new Set<string>(agencyIds)

  const steps = template.steps.filter((step) => included.has(step.agency))
  const stepKeys = new Set(steps.map((step) => step.key))
  // An id per template key, made once, so that references and the items they point at agree even when
  // `createId` is random.
  const ids = new Map<string, string>()
  const idFor = (kind: TemplateItemKind, key: string) => {
    const mapKey = `${kind}\u0000${key}`
    let id = ids.get(mapKey)
    if (id === undefined) ids.set(mapKey, (id = createId(kind, key)))
    return id
  }

  const input: JourneyInput = {
    lifeEvent: { id: template.id, name: template.name, description: template.description },
    situation: options.situation ?? template.situation,
    agencies,
    phases: template.phases.map((phase) => ({ id: idFor('phase', phase.key), name: phase.name })),
    lanes: template.lanes.map((lane) => ({ id: idFor('lane', lane.key), name: lane.name })),
    steps: steps.map((step) => ({
      id: idFor('step', step.key),
      text: step.text,
      channel: step.channel,
      agencyId: step.agency,
      phaseId: idFor('phase', step.phase),
      laneId: idFor('lane', step.lane),
      duration: step.duration,
      emotion: step.emotion,
    })),
    painPoints: template.painPoints.flatMap((painPoint, index) =>
      included.has(painPoint.agency) && (painPoint.step === undefined || !isDropped(painPoint.step))
        ? [{
            id: idFor('painPoint', String(index + 1)),
            text: painPoint.text,
            agencyId: painPoint.agency,
            severity: painPoint.severity,
            category: painPoint.category,
            stepId: painPoint.step === undefined ? undefined : idFor('step', painPoint.step),
            phaseId: painPoint.phase === undefined ? undefined : idFor('phase', painPoint.phase),
          }]
        : [],
    ),
    handoffs: template.handoffs.flatMap((handoff, index) =>
      isDropped(handoff.from) || isDropped(handoff.to)
        ? []
        : [{
            id: idFor('handoff', String(index + 1)),
            fromStepId: idFor('step', handoff.from),
            toStepId: idFor('step', handoff.to),
            carriedBy: handoff.carriedBy,
            information: handoff.information,
          }],
    ),
  }
  return parseJourney(input)

  /** A step of an agency that was left out; unknown keys are kept so that the schema reports them. */
  function isDropped(stepKey: string): boolean {
    return !stepKeys.has(stepKey) && template.steps.some((step) => step.key === stepKey)
  }
}
