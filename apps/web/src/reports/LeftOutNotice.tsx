import type { LeftOutCard, LeftOutReason } from '@sammen/journey-shapes'
import { useT } from '../i18n'

const REASON_ORDER: LeftOutReason[] = ['not-in-frame', 'in-emotion-lane', 'no-text', 'no-agency', 'no-beneficiary', 'no-contributor', 'invalid']

/** What the report does not count and why, with a way to those cards on the canvas. */
export function LeftOutNotice({ leftOut, onShow }: { leftOut: readonly LeftOutCard[]; onShow: (shapeIds: string[]) => void }) {
  const t = useT().reports.leftOut
  if (leftOut.length === 0) return null
  const groups = REASON_ORDER.map((reason) => ({ reason, cards: leftOut.filter((card) => card.reason === reason) })).filter(({ cards }) => cards.length > 0)
  return (
    <aside className="report-left-out" aria-labelledby="report-left-out-heading" data-testid="report-left-out">
      <h2 id="report-left-out-heading" className="report-left-out__heading">
        {t.heading}
      </h2>
      <ul className="report-left-out__list">
        {groups.map(({ reason, cards }) => (
          <li key={reason} data-reason={reason} data-count={cards.length}>
            <span>{t.reasons[reason](cards.length)}</span>{' '}
            <button type="button" className="report-link-button" onClick={() => onShow(cards.map((card) => card.shapeId))}>
              {t.show}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  )
}
