import { useT } from '../i18n'
import type { OutlineLeftOutCard } from './outlineModel'

/** Cards on the board the journey does not hold, each with the reason in plain words, so people can fix them. */
export function LeftOutCards({ cards }: { cards: readonly OutlineLeftOutCard[] }) {
  const t = useT()
  if (cards.length === 0) return null
  return (
    <section className="outline-left-out" aria-labelledby="outline-left-out-heading" data-testid="outline-left-out">
      <h2 id="outline-left-out-heading" tabIndex={-1}>
        {t.outlineView.leftOutHeading}
      </h2>
      <p className="outline-muted">{t.outlineView.leftOutIntro}</p>
      <ul>
        {cards.map((card) => (
          <li key={card.shapeId} data-reason={card.reason}>
            <span className="outline-left-out__type">{t.outlineView.cardTypes[card.type] ?? t.outlineView.otherCard}</span>{' '}
            <span>{card.text ? t.outlineView.quoted(card.text) : `(${t.outlineView.noText})`}</span>
            {' – '}
            <span>{t.outlineView.leftOutReasons[card.reason]}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
