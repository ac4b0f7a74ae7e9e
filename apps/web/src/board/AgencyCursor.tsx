import { presencePerson } from '@sammen/sync'
import { memo, useRef } from 'react'
import { useEditor, useSharedSafeId, useTransform, useValue, type TLCursorProps } from 'tldraw'
import { useT } from '../i18n'
import { agencyDisplay, boardAgenciesOf } from '../shapes/agencyDisplay'

/**
 * Another person's cursor (tldraw's CollaboratorCursor slot) with a label that says who and for which agency:
 * "Kari Fasilitator" and "NAV" as two parts. tldraw's own label is one line cut at 120 px ("Kari Fasilitator (…"),
 * which hides exactly the agency; this one is never cut: a long name wraps instead. The cursor is scaled by 1/zoom
 * (as tldraw's), so the label keeps its screen size, and stays readable, at every zoom.
 *
 * The agency is resolved against the board's own list first (an own agency's short name), then the catalogue.
 */
export const AgencyCursor = memo(function AgencyCursor({ userId, className, point, zoom, color, name, chatMessage }: TLCursorProps) {
  const editor = useEditor()
  const t = useT()
  const ref = useRef<HTMLDivElement>(null)
  // The cursor's arrow is tldraw's SVG symbol, under the id tldraw gives it in this editor.
  const cursorId = useSharedSafeId('cursor')
  useTransform(ref, point?.x, point?.y, 1 / zoom)
  const person = useValue(
    'cursor person',
    () => {
      const presence = editor.getCollaborators().find((candidate) => candidate.userId === userId)
      return presence ? presencePerson(presence) : null
    },
    [editor, userId],
  )
  const agency = useValue(
    'cursor agency',
    () => (person?.agencyId ? (agencyDisplay(person.agencyId, boardAgenciesOf(editor))?.shortName ?? null) : null),
    [editor, person?.agencyId],
  )
  if (!point) return null
  const personName = person?.name ?? name
  const agencyName = person?.citizen ? t.access.person.citizenShort : agency
  return (
    <div ref={ref} className={`tl-overlays__item ${className ?? ''}`}>
      <svg className="tl-cursor" aria-hidden="true">
        <use href={`#${cursorId}`} color={color} />
      </svg>
      {personName && (
        <div className="agency-cursor__label" style={{ backgroundColor: color }} data-testid="cursor-label">
          <span className="agency-cursor__name">{personName}</span>
          {agencyName && <span className="agency-cursor__agency">{agencyName}</span>}
        </div>
      )}
      {chatMessage && (
        <div className="agency-cursor__chat" style={{ backgroundColor: color }}>
          {chatMessage}
        </div>
      )}
    </div>
  )
})
