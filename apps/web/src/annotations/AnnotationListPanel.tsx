import type { Annotation } from '@sammen/journey-model'
import type { AnnotationsRoom } from '@sammen/sync'
import { useEffect, useId, useRef } from 'react'
import { useEditor, useValue, type TLShapeId } from 'tldraw'
import { useBoardAccess } from '../access/useBoardAccess'
import { useT } from '../i18n'
import { useAppStore } from '../state/appStore'
import { annotationAuthorFor, describeAuthor } from './annotationAuthor'
import { countAnnotations, type AnnotationGroup } from './annotationGroups'
import { FeelingFace } from './FeelingFace'

interface AnnotationListPanelProps {
  room: AnnotationsRoom
  groups: AnnotationGroup[]
  all: readonly Annotation[]
  invalid: number
  focusTarget: string | null
  onClose: () => void
}

/**
 * The user panel's annotations as a list beside the canvas: counts, one section per card, and for editors
 * "Marker som behandlet" / "Åpne igjen". Non-modal: the canvas stays usable; Escape closes it.
 */
export function AnnotationListPanel({ room, groups, all, invalid, focusTarget, onClose }: AnnotationListPanelProps) {
  const t = useT()
  const texts = t.userPanel
  const headingId = useId()
  const editor = useEditor()
  const access = useBoardAccess()
  const person = useAppStore((state) => state.person)
  const panelRef = useRef<HTMLElement>(null)
  const counts = countAnnotations(all)
  const language = useAppStore((state) => state.language)
  const formatTime = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' })

  // Opening moves focus into the panel (to the card a pin pointed at, else the heading).
  useEffect(() => {
    const target = focusTarget ? panelRef.current?.querySelector<HTMLElement>(`[data-group="${CSS.escape(focusTarget)}"] h3`) : null
    const heading = panelRef.current?.querySelector<HTMLElement>('h2')
    const element = target ?? heading
    element?.focus()
    element?.scrollIntoView({ block: 'nearest' })
  }, [focusTarget])

  const cardText = useValue(
    'annotated card texts',
    () =>
      new Map(
        groups.map((group) => {
          const shape = editor.getShape(group.targetShapeId as TLShapeId)
          const text = shape && typeof (shape.props as { text?: unknown }).text === 'string' ? (shape.props as { text: string }).text : null
          return [group.targetShapeId, shape ? (text?.trim() || texts.untitledStep) : null]
        }),
      ),
    [editor, groups, texts.untitledStep],
  )

  const showOnBoard = (target: string) => {
    const id = target as TLShapeId
    if (!editor.getShape(id)) return
    editor.select(id)
    editor.zoomToSelection({ animation: { duration: 200 } })
  }
  const handledBy = () => describeAuthor(annotationAuthorFor(person, t.person.guest), texts.citizen, texts.by).slice(0, 80)

  return (
    <aside
      ref={panelRef}
      className="annotation-panel"
      aria-labelledby={headingId}
      data-testid="annotation-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onClose()
        }
      }}
    >
      <div className="annotation-panel__header">
        <h2 id={headingId} tabIndex={-1}>
          {texts.layerHeading}
        </h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {texts.close}
        </button>
      </div>
      <p className="annotation-panel__counts" data-testid="annotation-counts">
        {texts.counts(counts.open, counts.handled)}
      </p>
      {invalid > 0 && <p className="annotation-panel__invalid">{texts.invalidSkipped(invalid)}</p>}
      {groups.length === 0 && <p className="annotation-panel__empty">{texts.emptyLayer}</p>}
      {groups.map((group) => {
        const text = cardText.get(group.targetShapeId)
        return (
          <section key={group.targetShapeId} className="annotation-group" data-group={group.targetShapeId}>
            <h3 tabIndex={-1}>{text ?? texts.cardDeleted}</h3>
            {text !== null && text !== undefined && (
              <button type="button" className="annotation-group__show" onClick={() => showOnBoard(group.targetShapeId)}>
                {texts.showOnBoard}
              </button>
            )}
            <ul className="annotation-group__list">
              {group.annotations.map((annotation) => (
                <li key={annotation.id} className="annotation-item" data-testid="annotation-item" data-handled={annotation.handled !== null}>
                  <p className="annotation-item__feeling">
                    <FeelingFace feeling={annotation.feeling} size={24} />
                    {texts.feelings[annotation.feeling]}
                  </p>
                  <p className="annotation-item__text">{annotation.text}</p>
                  <p className="annotation-item__meta">
                    {describeAuthor(annotation.author, texts.citizen, texts.by)} · {formatTime.format(annotation.createdAt)}
                  </p>
                  {annotation.handled && <p className="annotation-item__handled">{texts.handledBy(annotation.handled.by)}</p>}
                  {access.canEdit &&
                    (annotation.handled ? (
                      <button type="button" className="button button--secondary" onClick={() => room.reopen(annotation.id)}>
                        {texts.reopen}
                      </button>
                    ) : (
                      <button type="button" className="button button--primary" onClick={() => room.markHandled(annotation.id, handledBy())}>
                        {texts.markHandled}
                      </button>
                    ))}
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </aside>
  )
}
