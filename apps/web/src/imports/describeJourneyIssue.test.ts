import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en'
import { nb } from '../i18n/nb'
import { describeJourneyIssue, listJourneyIssues } from './describeJourneyIssue'
import type { JourneyIssue } from './parseJourneyFile'

const t = nb.reports.importJourney

describe('describeJourneyIssue', () => {
  it('names the item by kind, position and text, then the field and what is wrong', () => {
    expect(describeJourneyIssue({ path: ['steps', 1, 'agencyId'], kind: 'missing', itemLabel: 'Kjøper tomt' }, t)).toBe('Steg 2 («Kjøper tomt»), etat: mangler')
    expect(describeJourneyIssue({ path: ['handoffs', 0, 'toStepId'], kind: 'same-agency' }, t)).toBe('Overlevering 1, til steg: går mellom to steg hos samme etat')
    expect(describeJourneyIssue({ path: ['handoffs', 2, 'information', 0], kind: 'empty' }, t)).toBe('Overlevering 3, informasjon → 1: er tom')
    expect(describeJourneyIssue({ path: ['painPoints', 4], kind: 'wrong-type' }, t)).toBe('Problem 5: har feil type verdi')
  })

  it('names parts of the journey itself', () => {
    expect(describeJourneyIssue({ path: ['phases'], kind: 'missing' }, t)).toBe('Reisen, faser: mangler')
    expect(describeJourneyIssue({ path: ['lifeEvent', 'name'], kind: 'empty' }, t)).toBe('Reisen, livshendelse → navn: er tom')
    expect(describeJourneyIssue({ path: [], kind: 'wrong-type' }, t)).toBe('Reisen: har feil type verdi')
  })

  it('speaks the chosen language', () => {
    expect(describeJourneyIssue({ path: ['steps', 0, 'channel'], kind: 'not-a-choice' }, en.reports.importJourney)).toBe('Step 1, channel: is not one of the choices Sammen knows')
  })
})

describe('listJourneyIssues', () => {
  it('lists the first five and counts the rest', () => {
    const issues: JourneyIssue[] = Array.from({ length: 8 }, (_, index) => ({ path: ['steps', index, 'text'], kind: 'empty' }))
    const { lines, more } = listJourneyIssues(issues, t)
    expect(lines).toHaveLength(5)
    expect(lines[4]).toBe('Steg 5, tekst: er tom')
    expect(more).toBe(3)
    expect(listJourneyIssues(issues.slice(0, 2), t).more).toBe(0)
  })
})
