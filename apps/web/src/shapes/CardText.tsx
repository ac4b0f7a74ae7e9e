import { useCallback, useEffect } from 'react'
import { PlainTextArea, useEditablePlainText, useEditor, useValue, type ExtractShapeByProps, type TLShapeId } from 'tldraw'
import { CARD_FONT_SIZE, CARD_LINE_HEIGHT } from './cardFit/cardTextFit'
import { judgeCardText, pendingCardTexts, settleCardText } from './cardTextPrivacy/pendingCardText'

interface CardTextProps {
  shapeId: TLShapeId
  /** Any card shape with a plain `text` prop (step, pain point, opportunity, benefit …). */
  type: ExtractShapeByProps<{ text: string }>['type']
  text: string
  colour: string
  placeholder: string
}

/**
 * The card's text, edited in place like a sticky note (double-click, Escape to finish), with a quiet hint while
 * the card is empty. tldraw's PlainTextLabel writes every keystroke to the shared store; this one first checks
 * the text for personal data and, on a hit, keeps the draft in this tab (shown on the card, marked as not shared)
 * until the writer changes it or shares it anyway (see CardPrivacyWarnings).
 */
export function CardText({ shapeId, type, text, colour, placeholder }: CardTextProps) {
  const editor = useEditor()
  const isSelected = useValue('card selected', () => editor.getOnlySelectedShapeId() === shapeId, [editor, shapeId])
  const draft = useValue('card text draft', () => pendingCardTexts().get()[shapeId], [shapeId])
  const shown = draft?.text ?? text
  const { rInput, isEditing, isReadyForEditing, isEmpty: _isEmpty, handleChange: _shareEveryKeystroke, ...handlers } = useEditablePlainText(
    shapeId,
    type,
    shown,
  )

  // A draft that only waited for a number being typed at its end is judged for good when editing ends.
  useEffect(() => {
    if (isEditing) return
    const settled = settleCardText(shapeId)
    if (settled !== null) editor.updateShape({ id: shapeId, type, props: { text: settled } })
  }, [editor, isEditing, shapeId, type])

  const handleChange = useCallback(
    ({ plaintext }: { plaintext?: string }) => {
      if (editor.getEditingShapeId() !== shapeId) return
      const next = (plaintext ?? '').replace(/\r\n?/g, '\n')
      if (judgeCardText(shapeId, next) === 'share') editor.updateShape({ id: shapeId, type, props: { text: next } })
    },
    [editor, shapeId, type],
  )

  return (
    <div className="sammen-card__text" data-unshared={draft ? true : undefined} data-editing={isEditing ? true : undefined}>
      {shown.trim() === '' && !isEditing && <p className="sammen-card__placeholder">{placeholder}</p>}
      {(isEditing || shown !== '') && (
        <div
          className="tl-text-label tl-text-wrapper tl-plain-text-wrapper"
          aria-hidden={!isEditing}
          data-font="sans"
          data-align="start"
          data-hastext={shown.trim() !== ''}
          data-isediting={isEditing}
          data-is-ready-for-editing={isReadyForEditing}
          data-textwrap
          data-isselected={isSelected}
          style={{ justifyContent: 'start', alignItems: 'start' }}
        >
          <div
            className="tl-text-label__inner tl-text-content__wrapper"
            style={{
              fontSize: CARD_FONT_SIZE,
              lineHeight: String(CARD_LINE_HEIGHT),
              minHeight: Math.floor(CARD_FONT_SIZE * CARD_LINE_HEIGHT),
              color: colour,
            }}
          >
            <div className="tl-text tl-text-content tl-text__no-outline" dir="auto">
              {/* Empty lines keep their height, as in tldraw's own label. */}
              {shown.split('\n').map((line, index) => (
                <div key={index} dir="auto">
                  {line || ' '}
                </div>
              ))}
            </div>
            {(isReadyForEditing || isSelected) && (
              <PlainTextArea ref={rInput} text={shown} isEditing={isEditing} shapeId={shapeId} {...handlers} handleChange={handleChange} />
            )}
          </div>
        </div>
      )}
    </div>
  )
}
