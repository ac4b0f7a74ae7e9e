import { byggeHusTemplate, journeyFromTemplate } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { buildJourneyFile, journeyFileText } from '../exports/journeyFile'
import { MAX_JOURNEY_FILE_BYTES, parseJourneyFile, parseJourneyFileText, type JourneyFileProblem } from './parseJourneyFile'

const journey = journeyFromTemplate(byggeHusTemplate)
const goodFile = () => JSON.parse(journeyFileText(buildJourneyFile(journey).file)) as { format: string; version: number; journey: Record<string, unknown> }

function problemOf(text: string): JourneyFileProblem {
  const result = parseJourneyFileText(text)
  if (result.ok) throw new Error('expected the file to be refused')
  return result.problem
}

describe('parseJourneyFileText', () => {
  it('reads back what the export writes, with or without a byte order mark', () => {
    const text = journeyFileText(buildJourneyFile(journey).file)
    expect(parseJourneyFileText(text)).toEqual({ ok: true, journey })
    expect(parseJourneyFileText(`\uFEFF${text}`)).toEqual({ ok: true, journey })
  })

  it('refuses text that is not JSON, such as a truncated file', () => {
    const text = journeyFileText(buildJourneyFile(journey).file)
    expect(problemOf(text.slice(0, text.length / 2))).toEqual({ code: 'not-json' })
    expect(problemOf('')).toEqual({ code: 'not-json' })
  })

  it('refuses JSON that is not a Sammen journey file', () => {
    expect(problemOf('[1, 2, 3]')).toEqual({ code: 'wrong-format' })
    expect(problemOf('null')).toEqual({ code: 'wrong-format' })
    expect(problemOf(JSON.stringify({ format: 'tldraw', version: 1, journey }))).toEqual({ code: 'wrong-format' })
    // A bare journey without the envelope: we cannot know which version wrote it.
    expect(problemOf(JSON.stringify(journey))).toEqual({ code: 'wrong-format' })
    expect(problemOf(JSON.stringify({ format: 'sammen-journey', version: 'en', journey }))).toEqual({ code: 'wrong-format' })
  })

  it('says when the file comes from a newer Sammen', () => {
    expect(problemOf(JSON.stringify({ ...goodFile(), version: 2 }))).toEqual({ code: 'newer-version', version: 2 })
  })

  it('lists each problem in the journey with its path, the item it is in and why', () => {
    const file = goodFile()
    const steps = file.journey.steps as Record<string, unknown>[]
    delete steps[1]!.agencyId
    steps[2]!.channel = 'brevdue'
    steps[3]!.text = ''
    const problem = problemOf(JSON.stringify(file))
    expect(problem.code).toBe('invalid-journey')
    if (problem.code !== 'invalid-journey') return
    expect(problem.issues).toEqual([
      { path: ['steps', 1, 'agencyId'], kind: 'missing', itemLabel: 'Kjøper tomt og får skjøtet tinglyst' },
      { path: ['steps', 2, 'channel'], kind: 'not-a-choice', itemLabel: 'Får finansieringsbevis fra banken' },
      { path: ['steps', 3, 'text'], kind: 'empty' },
    ])
  })

  it('tells broken references, duplicates and handoffs within one agency apart', () => {
    const file = goodFile()
    const steps = file.journey.steps as { id: string; agencyId: string }[]
    const painPoints = file.journey.painPoints as { id: string; stepId?: string }[]
    const handoffs = file.journey.handoffs as { fromStepId: string; toStepId: string }[]
    painPoints[0]!.stepId = 'finnes-ikke'
    painPoints[1]!.id = painPoints[2]!.id
    // Both ends at the municipality.
    const kommuneSteps = steps.filter((step) => step.agencyId === 'kommunen')
    handoffs[0]!.fromStepId = kommuneSteps[0]!.id
    handoffs[0]!.toStepId = kommuneSteps[1]!.id
    const problem = problemOf(JSON.stringify(file))
    if (problem.code !== 'invalid-journey') throw new Error(problem.code)
    expect(problem.issues.map(({ path, kind }) => ({ path, kind }))).toEqual([
      { path: ['painPoints', 2, 'id'], kind: 'duplicate' },
      { path: ['painPoints', 0, 'stepId'], kind: 'missing-reference' },
      { path: ['handoffs', 0, 'toStepId'], kind: 'same-agency' },
    ])
  })

  it('reports a missing part of the journey itself', () => {
    const file = goodFile()
    delete file.journey.phases
    const problem = problemOf(JSON.stringify(file))
    if (problem.code !== 'invalid-journey') throw new Error(problem.code)
    expect(problem.issues).toEqual([{ path: ['phases'], kind: 'missing' }])
  })
})

describe('parseJourneyFile', () => {
  it('refuses a file too large to be a journey before reading it', async () => {
    const huge = { size: MAX_JOURNEY_FILE_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob
    expect(await parseJourneyFile(huge)).toEqual({ ok: false, problem: { code: 'too-large' } })
  })

  it('reads a file', async () => {
    const blob = new Blob([journeyFileText(buildJourneyFile(journey).file)], { type: 'application/json' })
    expect(await parseJourneyFile(blob)).toEqual({ ok: true, journey })
  })
})
