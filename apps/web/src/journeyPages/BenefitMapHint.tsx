import { useEditor, useValue } from 'tldraw'
import { useT } from '../i18n'
import { BENEFITS_PAGE_ID } from './journeyPages'
import './journey-pages.css'

/**
 * Gevinstkart opened as a blank page with no hint of what it is for. While the page has no shapes, a note in the
 * middle of the screen says what belongs there and how to start; the first card makes it go. Not part of the
 * document (nothing to sync, nothing a read-only person could not show), rendered in tldraw's InFrontOfTheCanvas slot
 * and transparent to the pointer, so clicking through it with the benefit tool places the first card.
 */
export function BenefitMapHint() {
  const editor = useEditor()
  const t = useT().moreCards.benefitMapHint
  const empty = useValue(
    'empty benefit map',
    () => editor.getCurrentPageId() === BENEFITS_PAGE_ID && editor.getCurrentPageShapeIds().size === 0,
    [editor],
  )
  // Someone who only reads the board has no toolbar to follow the "how" with.
  const readOnly = useValue('read-only canvas', () => editor.getIsReadonly(), [editor])
  if (!empty) return null
  return (
    <div className="benefit-map-hint" data-testid="benefit-map-hint" role="note">
      <h2 className="benefit-map-hint__title">{t.title}</h2>
      <p>{t.what}</p>
      {!readOnly && <p>{t.how}</p>}
    </div>
  )
}
