import { journeyFieldsSchema, journeySchema, type Journey } from '@sammen/journey-model'
import type { z } from 'zod'
import { JOURNEY_FILE_FORMAT, JOURNEY_FILE_VERSION, journeyFileEnvelopeSchema } from '../exports/journeyFile'

/** Journey files are small (a big journey is well under 1 MB); this keeps a wrong choice from freezing the tab. */
export const MAX_JOURNEY_FILE_BYTES = 5 * 1024 * 1024

/** Why a problem item in a journey file is wrong, in words a dictionary can turn into plain language. */
export type JourneyIssueKind =
  | 'missing'
  | 'wrong-type'
  | 'empty'
  | 'too-long'
  | 'too-few'
  | 'wrong-format'
  | 'not-a-choice'
  | 'duplicate'
  | 'reserved'
  | 'missing-reference'
  | 'same-agency'
  | 'self-relation'
  | 'phase-mismatch'
  | 'other'

export interface JourneyIssue {
  /** Where in the journey, e.g. `['steps', 2, 'agencyId']`. */
  path: (string | number)[]
  kind: JourneyIssueKind
  /** The start of the item's own text or name, so the person can find it in their file. */
  itemLabel?: string
}

export type JourneyFileProblem =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'newer-version'; version: number }
  | { code: 'invalid-journey'; issues: JourneyIssue[] }

export type JourneyFileResult = { ok: true; journey: Journey } | { ok: false; problem: JourneyFileProblem }

/** Reads a journey file's text: JSON, then the envelope, then the journey with every cross reference. */
export function parseJourneyFileText(text: string): JourneyFileResult {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, problem: { code: 'not-json' } }
  }
  const envelope = journeyFileEnvelopeSchema.safeParse(value)
  if (!envelope.success) {
    const version = (value as { format?: unknown; version?: unknown } | null)?.version
    const format = (value as { format?: unknown } | null)?.format
    if (format === JOURNEY_FILE_FORMAT && typeof version === 'number' && version > JOURNEY_FILE_VERSION) {
      return { ok: false, problem: { code: 'newer-version', version } }
    }
    return { ok: false, problem: { code: 'wrong-format' } }
  }
  if (envelope.data.version > JOURNEY_FILE_VERSION) return { ok: false, problem: { code: 'newer-version', version: envelope.data.version } }
  const raw = envelope.data.journey
  const parsed = journeySchema.safeParse(raw)
  if (parsed.success) return { ok: true, journey: parsed.data }
  const fields = journeyFieldsSchema.safeParse(raw)
  const issues = parsed.error.issues.map((issue) => describeIssue(issue, raw, fields.success ? fields.data : undefined))
  return { ok: false, problem: { code: 'invalid-journey', issues } }
}

export async function parseJourneyFile(file: Blob): Promise<JourneyFileResult> {
  if (file.size > MAX_JOURNEY_FILE_BYTES) return { ok: false, problem: { code: 'too-large' } }
  return parseJourneyFileText(await file.text())
}

type Fields = z.infer<typeof journeyFieldsSchema>

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

/** The item a path points into (`steps[2]`), labelled by its text or name when it has one. */
function itemLabelAt(root: unknown, path: readonly PropertyKey[]): string | undefined {
  if (typeof path[1] !== 'number') return undefined
  const item = valueAt(root, path.slice(0, 2)) as { text?: unknown; name?: unknown; label?: unknown } | undefined
  const words = [item?.text, item?.name, item?.label].find((candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '')
  if (words === undefined) return undefined
  const trimmed = words.trim()
  return trimmed.length > 40 ? `${trimmed.slice(0, 39)}…` : trimmed
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown, fields: Fields | undefined): JourneyIssue {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol')
  const itemLabel = itemLabelAt(raw, path)
  return { path, kind: issueKind(issue, path, raw, fields), ...(itemLabel !== undefined ? { itemLabel } : {}) }
}

function issueKind(issue: z.core.$ZodIssue, path: (string | number)[], raw: unknown, fields: Fields | undefined): JourneyIssueKind {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(raw, path) === undefined ? 'missing' : 'wrong-type'
    case 'too_small':
      return issue.origin === 'array' ? 'too-few' : 'empty'
    case 'too_big':
      return 'too-long'
    case 'invalid_format':
      return 'wrong-format'
    case 'invalid_value':
    case 'invalid_union':
      return 'not-a-choice'
    case 'custom':
      return crossReferenceKind(path, fields)
    default:
      return 'other'
  }
}

/** The cross-item rules of `findJourneyProblems`, told apart by where they point and what the journey holds. */
function crossReferenceKind(path: (string | number)[], fields: Fields | undefined): JourneyIssueKind {
  const [collection, index, key] = path
  if (key === 'id') return collection === 'agencies' && fields?.agencies[index as number]?.id === 'personen' ? 'reserved' : 'duplicate'
  if (!fields || typeof index !== 'number') return 'other'
  if (collection === 'handoffs' && key === 'toStepId') {
    const handoff = fields.handoffs[index]
    const stepIds = new Set<string>(fields.steps.map((step) => step.id))
    if (handoff && stepIds.has(handoff.toStepId) && stepIds.has(handoff.fromStepId)) return 'same-agency'
  }
  if (collection === 'relations' && key === 'toActorId') {
    const relation = fields.relations[index]
    if (relation && relation.fromActorId === relation.toActorId) return 'self-relation'
  }
  if (collection === 'painPoints' && key === 'phaseId') {
    const painPoint = fields.painPoints[index]
    if (painPoint?.phaseId !== undefined && fields.phases.some((phase) => phase.id === painPoint.phaseId)) return 'phase-mismatch'
  }
  return 'missing-reference'
}
