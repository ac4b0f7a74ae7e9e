import type { Dictionary } from '../i18n'
import type { JourneyIssue } from './parseJourneyFile'

type Texts = Dictionary['reports']['importJourney']

/** How many problems are listed before "… and N more": enough to fix a file, few enough to read. */
export const LISTED_ISSUES = 5

const fieldName = (t: Texts, key: string | number) => (typeof key === 'number' ? String(key + 1) : (t.fields[key] ?? key))

/** "Steg 2 («Kjøper tomt …»), etat: mangler" — where in the journey, in the person's words, and what is wrong. */
export function describeJourneyIssue(issue: JourneyIssue, t: Texts): string {
  const [first, second, ...rest] = issue.path
  let where: string
  if (first === undefined) where = t.journeyItself
  else if (typeof first === 'string' && typeof second === 'number' && t.collections[first] !== undefined) {
    const item = t.item(t.collections[first], second + 1, issue.itemLabel)
    where = rest.length > 0 ? `${item}, ${rest.map((key) => fieldName(t, key)).join(' → ')}` : item
  } else {
    where = `${t.journeyItself}, ${issue.path.map((key) => fieldName(t, key)).join(' → ')}`
  }
  return t.issueAt(where, t.kinds[issue.kind])
}

/** The first few problems, and how many more there are. */
export function listJourneyIssues(issues: readonly JourneyIssue[], t: Texts): { lines: string[]; more: number } {
  return { lines: issues.slice(0, LISTED_ISSUES).map((issue) => describeJourneyIssue(issue, t)), more: Math.max(0, issues.length - LISTED_ISSUES) }
}
