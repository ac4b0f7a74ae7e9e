import { useEffect, useId, useRef, useState } from 'react'
import { useT } from '../../i18n'
import type { RemovedCards } from './frameEdits'

/**
 * Asks before a phase or lane goes: how many cards are in it and whether they stay on the board (next to the frame)
 * or are deleted. Takes focus when it opens; the caller puts focus back.
 */
export function RemoveGridItemConfirm({
  title,
  cardCount,
  onConfirm,
  onCancel,
}: {
  title: string
  cardCount: number
  onConfirm: (cards: RemovedCards) => void
  onCancel: () => void
}) {
  const t = useT().journeyFrame.removeDialog
  const [cards, setCards] = useState<RemovedCards>('keep')
  const titleId = useId()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, button')?.focus()
  }, [])
  return (
    <div
      ref={ref}
      role="alertdialog"
      aria-labelledby={titleId}
      className="journey-frame-panel__confirm"
      data-testid="journey-frame-remove"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onCancel()
        }
      }}
    >
      <p id={titleId} className="journey-frame-panel__confirm-title">
        {title}
      </p>
      <p>{cardCount === 0 ? t.empty : t.cards(cardCount)}</p>
      {cardCount > 0 && (
        <fieldset className="journey-frame-panel__choices">
          <legend className="visually-hidden">{title}</legend>
          <label>
            <input type="radio" name={`${titleId}-cards`} checked={cards === 'keep'} onChange={() => setCards('keep')} />
            {t.keepCards}
          </label>
          <label>
            <input type="radio" name={`${titleId}-cards`} checked={cards === 'delete'} onChange={() => setCards('delete')} />
            {t.deleteCards}
          </label>
        </fieldset>
      )}
      <div className="journey-frame-panel__confirm-actions">
        <button type="button" className="journey-frame-panel__danger" onClick={() => onConfirm(cards)}>
          {t.confirm}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  )
}
