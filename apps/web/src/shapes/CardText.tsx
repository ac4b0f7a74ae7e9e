import { PAIN_POINT_TYPE, STEP_CARD_TYPE } from '@sammen/journey-shapes'
import { PlainTextLabel, useEditor, useValue, type TLShapeId } from 'tldraw'

interface CardTextProps {
  shapeId: TLShapeId
  type: typeof STEP_CARD_TYPE | typeof PAIN_POINT_TYPE
  text: string
  colour: string
  placeholder: string
}

export const CARD_FONT_SIZE = 17
export const CARD_LINE_HEIGHT = 1.35

/**
 * The card's text, edited in place with tldraw's plain-text editor (double-click, Escape to finish), with a
 * quiet hint while the card is empty so nobody wonders what the blank card is for.
 */
export function CardText({ shapeId, type, text, colour, placeholder }: CardTextProps) {
  const editor = useEditor()
  const isSelected = useValue('card selected', () => editor.getOnlySelectedShapeId() === shapeId, [editor, shapeId])
  const isEditing = useValue('card editing', () => editor.getEditingShapeId() === shapeId, [editor, shapeId])
  return (
    <div className="sammen-card__text">
      {text.trim() === '' && !isEditing && <p className="sammen-card__placeholder">{placeholder}</p>}
      <PlainTextLabel
        shapeId={shapeId}
        type={type}
        text={text}
        font="sans"
        fontSize={CARD_FONT_SIZE}
        lineHeight={CARD_LINE_HEIGHT}
        align="start"
        verticalAlign="start"
        wrap
        labelColor={colour}
        isSelected={isSelected}
        showTextOutline={false}
      />
    </div>
  )
}
