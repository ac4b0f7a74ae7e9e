import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clearPendingCardText } from '../shapes/cardTextPrivacy/pendingCardText'
import { COMMIT_AFTER_MS, DraftTextSession, heldBack } from './draftTextSession'

const KEY = 'shape:draft-test'

function setUp() {
  const commits: { text: string; key: string }[] = []
  const held: unknown[] = []
  const session = new DraftTextSession({ privacyKey: KEY, onCommit: (text, key) => commits.push({ text, key }) }, (hold) => held.push(hold))
  return { session, commits, held }
}

describe('DraftTextSession', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    vi.useRealTimers()
    clearPendingCardText(KEY)
  })

  it('saves after a pause in typing, in one undo step per focus', () => {
    const { session, commits } = setUp()
    session.begin('Søker')
    session.type('Søker om')
    session.type('Søker om lån')
    vi.advanceTimersByTime(COMMIT_AFTER_MS)
    expect(commits.map((commit) => commit.text)).toEqual(['Søker om lån'])
    session.begin('Søker om lån')
    session.type('Søker')
    vi.advanceTimersByTime(COMMIT_AFTER_MS)
    expect(commits[1]?.key).not.toBe(commits[0]?.key)
  })

  it('saves what was typed when the field goes away before the pause is over', () => {
    const { session, commits } = setUp()
    session.begin('Søker')
    session.type('Søker om lån')
    session.dispose()
    expect(commits).toEqual([{ text: 'Søker om lån', key: expect.any(String) }])
    vi.advanceTimersByTime(COMMIT_AFTER_MS)
    expect(commits).toHaveLength(1)
  })

  it('keeps text that looks like personal data held back when the field goes away', () => {
    const { session, commits, held } = setUp()
    session.begin('')
    session.type('Send til ola.nordmann@example.no')
    session.dispose()
    expect(commits).toEqual([])
    expect(held).toEqual([])
    expect(heldBack(KEY)?.text).toBe('Send til ola.nordmann@example.no')
  })

  it('leaves the shared text alone on Escape when this focus saved nothing', () => {
    const { session, commits } = setUp()
    session.begin('Søker om lån')
    session.type('Søker om')
    // A colleague's newer text is what the field is bound to now.
    session.cancel('Søker om lån i banken')
    vi.advanceTimersByTime(COMMIT_AFTER_MS)
    expect(commits).toEqual([])
  })

  it('puts back the text from when the person came in on Escape after it saved something', () => {
    const { session, commits } = setUp()
    session.begin('Søker om lån')
    session.type('Søker om lån i')
    vi.advanceTimersByTime(COMMIT_AFTER_MS)
    session.type('Søker om lån i banken')
    session.cancel('Søker om lån i')
    expect(commits.map((commit) => commit.text)).toEqual(['Søker om lån i', 'Søker om lån'])
    expect(commits[1]?.key).toBe(commits[0]?.key)
  })
})
