import { ACTOR_TYPE, type ActorShape } from '@sammen/journey-shapes'
import { useEffect, useRef } from 'react'
import { useEditor, useValue } from 'tldraw'

/**
 * The actor's name, edited in place like the other cards' text (double-click, Enter or Escape to finish). The
 * actor has a `name` and no `text`, so tldraw's PlainTextLabel (which writes `text`) cannot be reused. An agency's
 * actor without its own name shows the agency's name, which is also the input's hint.
 */
export function ActorNameText({ shape, agencyName, placeholder }: { shape: ActorShape; agencyName: string | undefined; placeholder: string }) {
  const editor = useEditor()
  const isEditing = useValue('actor name editing', () => editor.getEditingShapeId() === shape.id, [editor, shape.id])
  const input = useRef<HTMLTextAreaElement>(null)
  const name = shape.props.name

  useEffect(() => {
    if (!isEditing) return
    input.current?.focus()
    input.current?.select()
  }, [isEditing])

  if (isEditing) {
    return (
      <textarea
        ref={input}
        className="actor-card__name actor-card__name-input"
        defaultValue={name}
        placeholder={agencyName ?? ''}
        rows={2}
        spellCheck
        onChange={(event) => {
          // A name is one line: Enter finishes instead (below), pasted line breaks become spaces.
          editor.updateShape({ id: shape.id, type: ACTOR_TYPE, props: { name: event.target.value.replace(/\s*\n\s*/g, ' ') } })
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            editor.complete()
          }
        }}
        onPointerDown={(event) => event.stopPropagation()}
        onDoubleClick={(event) => event.stopPropagation()}
      />
    )
  }
  const shown = name.trim() || agencyName
  return <p className={shown ? 'actor-card__name' : 'actor-card__name actor-card__name--empty'}>{shown || placeholder}</p>
}
