import { facilitation } from '@sammen/sync'
import { useId } from 'react'
import { useEditor, useValue } from 'tldraw'
import { useT } from '../i18n'
import { cardLabel, jumpToCard } from './boardCards'

/** The counts the server wrote: cards with dots, most first, each with a way to show it on the board. */
export function VotingResults({ results }: { results: facilitation.VoteResults | null }) {
  const t = useT()
  const editor = useEditor()
  const headingId = useId()
  const existing = useValue('card ids', () => new Set<string>(editor.getCurrentPageShapeIds()), [editor])
  const tallies = facilitation.rankTallies(results, existing)
  return (
    <div className="voting-results" data-testid="voting-results">
      <h4 id={headingId} className="voting-results__heading">
        {t.facilitation.voting.results}
      </h4>
      {tallies.length === 0 ? (
        <p className="facilitation-section__note">{t.facilitation.voting.noVotes}</p>
      ) : (
        <ol className="voting-results__list" aria-labelledby={headingId}>
          {tallies.map((tally) => (
            <ResultRow key={tally.cardId} tally={tally} />
          ))}
        </ol>
      )}
    </div>
  )
}

function ResultRow({ tally }: { tally: facilitation.CardTally }) {
  const t = useT()
  const editor = useEditor()
  const label = useValue('card label', () => cardLabel(editor, editor.getShape(tally.cardId as never), t.facilitation.comments.removedCard), [editor, tally.cardId, t])
  return (
    <li className="voting-results__item" data-testid="voting-result">
      <span className="voting-results__rank">{t.facilitation.voting.rank(tally.rank)}</span>
      <span className="voting-results__label">{label}</span>
      <span className="voting-results__dots" data-testid="voting-result-dots">
        {t.facilitation.voting.dots(tally.dots)}
      </span>
      <button type="button" className="button button--secondary button--small" onClick={() => jumpToCard(editor, tally.cardId)}>
        {t.facilitation.voting.showCard}
        <span className="visually-hidden">: {label}</span>
      </button>
    </li>
  )
}
