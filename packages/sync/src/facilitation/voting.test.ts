import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { cardIdSchema, personIdSchema } from './facilitationLayout'
import { castVote, dotsLeft, endVoting, readVotes, readVotingRound, retractVote, revealVotes, startVotingRound, tallyVotes, votesOf } from './voting'

const kari = personIdSchema.parse('kari0001')
const ola = personIdSchema.parse('ola00002')
const card = (name: string) => cardIdSchema.parse(`shape:${name}`)

/** Two peers that exchange everything they have: what the server does once both are connected. */
function sync(...docs: Y.Doc[]) {
  for (const from of docs) for (const to of docs) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
}

function peer(clientID: number): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = clientID
  return doc
}

describe('dot voting', () => {
  it('counts votes within the budget and lets a person take one back', () => {
    const doc = new Y.Doc()
    const round = startVotingRound(doc, 3)
    expect(castVote(doc, kari, card('a'), 'pain-point')).toBe('cast')
    expect(castVote(doc, kari, card('a'), 'pain-point')).toBe('cast')
    expect(castVote(doc, kari, card('b'), 'opportunity')).toBe('cast')
    expect(castVote(doc, kari, card('c'), 'pain-point')).toBe('budget-used')
    expect(dotsLeft(doc, round, kari)).toBe(0)
    expect(retractVote(doc, kari, card('a'))).toBe(true)
    expect(dotsLeft(doc, round, kari)).toBe(1)
    expect(castVote(doc, kari, card('c'), 'pain-point')).toBe('cast')
    expect(tallyVotes(readVotes(doc, round))).toEqual([
      { cardId: card('a'), dots: 1, rank: 1 },
      { cardId: card('b'), dots: 1, rank: 1 },
      { cardId: card('c'), dots: 1, rank: 1 },
    ])
  })

  it('refuses cards of other types, votes without a round and votes after the reveal', () => {
    const doc = new Y.Doc()
    expect(castVote(doc, kari, card('a'), 'pain-point')).toBe('no-round')
    startVotingRound(doc, 2)
    expect(castVote(doc, kari, card('s'), 'step-card')).toBe('not-votable')
    castVote(doc, kari, card('a'), 'pain-point')
    revealVotes(doc)
    expect(castVote(doc, kari, card('a'), 'pain-point')).toBe('closed')
    expect(retractVote(doc, kari, card('a'))).toBe(false)
    expect(readVotingRound(doc)?.phase).toBe('revealed')
  })

  it('merges concurrent votes of different people without losing any', () => {
    const a = peer(1)
    const b = peer(2)
    const round = startVotingRound(a, 3)
    sync(a, b)
    castVote(a, kari, card('x'), 'pain-point')
    castVote(a, kari, card('y'), 'pain-point')
    castVote(b, ola, card('x'), 'pain-point')
    castVote(b, ola, card('x'), 'pain-point')
    castVote(b, ola, card('z'), 'opportunity')
    sync(a, b)
    for (const doc of [a, b]) {
      expect(tallyVotes(readVotes(doc, round))).toEqual([
        { cardId: card('x'), dots: 3, rank: 1 },
        { cardId: card('y'), dots: 1, rank: 2 },
        { cardId: card('z'), dots: 1, rank: 2 },
      ])
    }
  })

  it('never lets one person exceed the budget from two tabs voting at once, and both tabs agree', () => {
    const tab1 = peer(10)
    const tab2 = peer(20)
    const round = startVotingRound(tab1, 3)
    sync(tab1, tab2)
    castVote(tab1, kari, card('a'), 'pain-point')
    sync(tab1, tab2)
    // Offline from each other: each tab sees 2 dots left and spends them on different cards.
    for (const name of ['b', 'c']) castVote(tab1, kari, card(name), 'pain-point')
    for (const name of ['d', 'e']) castVote(tab2, kari, card(name), 'pain-point')
    expect(votesOf(tab1, round, kari)).toHaveLength(3)
    expect(votesOf(tab2, round, kari)).toHaveLength(3)
    sync(tab1, tab2)
    const merged1 = votesOf(tab1, round, kari).sort((x, y) => x.slot - y.slot)
    const merged2 = votesOf(tab2, round, kari).sort((x, y) => x.slot - y.slot)
    expect(merged1).toHaveLength(3)
    expect(merged1).toEqual(merged2)
    expect(merged1[0]?.cardId).toBe(card('a'))
    // The slots both tabs filled keep one tab's choice, the same on both peers.
    const kept = merged1.slice(1).map((vote) => vote.cardId)
    expect([[card('b'), card('c')], [card('d'), card('e')]]).toContainEqual(kept)
    expect(dotsLeft(tab1, round, kari)).toBe(0)
    expect(castVote(tab2, kari, card('f'), 'pain-point')).toBe('budget-used')
  })

  it('ignores dots of an earlier round, and a new round clears them from the document', () => {
    const doc = new Y.Doc()
    startVotingRound(doc, 2)
    castVote(doc, kari, card('a'), 'pain-point')
    const second = startVotingRound(doc, 5)
    expect(readVotes(doc, second)).toEqual([])
    expect(dotsLeft(doc, second, kari)).toBe(5)
    castVote(doc, ola, card('b'), 'pain-point')
    endVoting(doc)
    expect(readVotingRound(doc)).toBeNull()
    expect(doc.getMap('votes').size).toBe(0)
  })

  it('ranks ties alike and leaves out cards that no longer exist', () => {
    const votes = [card('b'), card('a'), card('b'), card('c'), card('gone'), card('gone'), card('gone')].map((cardId, slot) => ({ personId: kari, slot, cardId }))
    expect(tallyVotes(votes, new Set([card('a'), card('b'), card('c')]))).toEqual([
      { cardId: card('b'), dots: 2, rank: 1 },
      { cardId: card('a'), dots: 1, rank: 2 },
      { cardId: card('c'), dots: 1, rank: 2 },
    ])
  })

  it('reads hand-written garbage in the document as no vote', () => {
    const doc = new Y.Doc()
    const round = startVotingRound(doc, 3)
    const votes = doc.getMap('votes')
    votes.set(`${round.id}/${kari}/7`, card('a'))
    votes.set(`${round.id}/${kari}/0`, 42)
    votes.set('nonsense', card('a'))
    expect(readVotes(doc, round)).toEqual([])
  })
})
