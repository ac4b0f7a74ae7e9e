import { useEffect, useRef, useState } from 'react'
import { useEditor, useValue, type TLShapeId, type TLShapePartial } from 'tldraw'
import { useT } from '../../i18n'
import { hitKinds, PersonalDataNotice } from '../../privacy/PersonalDataNotice'
import { approvePendingCardText, pendingCardTexts } from './pendingCardText'

/**
 * In tldraw's InFrontOfTheCanvas slot: under each card whose text is held back because it looks like personal
 * data, the warning with "Endre" and "Del likevel". A polite live region announces a new warning once (not on
 * every keystroke), so a screen-reader user who is typing hears it too.
 */
export function CardPrivacyWarnings() {
  const editor = useEditor()
  const t = useT()
  const texts = t.userPanel.personalData
  const drafts = useValue('pending card texts', () => pendingCardTexts().get(), [])
  const placed = useValue(
    'pending card text positions',
    () =>
      Object.entries(drafts).flatMap(([shapeId, draft]) => {
        if (draft.hits.length === 0) return [] // only waiting for a number to be finished: nothing to say yet
        const id = shapeId as TLShapeId
        const bounds = editor.getShape(id) && editor.getShapePageBounds(id)
        if (!bounds || editor.getAncestorPageId(id) !== editor.getCurrentPageId()) return []
        const point = editor.pageToViewport({ x: bounds.minX, y: bounds.maxY })
        return [{ shapeId: id, draft, x: point.x, y: point.y }]
      }),
    [editor, drafts],
  )

  // Announce when a card gets a warning or its kinds change; silence while the same warning stays up.
  const [announcement, setAnnouncement] = useState('')
  const announced = useRef(new Map<string, string>())
  useEffect(() => {
    const next = new Map<string, string>()
    let message = ''
    for (const [shapeId, draft] of Object.entries(drafts)) {
      if (draft.hits.length === 0) continue
      const kinds = hitKinds(draft.hits)
      const key = kinds.join(',')
      next.set(shapeId, key)
      if (announced.current.get(shapeId) !== key) message = `${kinds.map((kind) => texts[kind]).join('. ')} – ${texts.rule} ${texts.notShared}`
    }
    announced.current = next
    if (message) setAnnouncement(message)
  }, [drafts, texts])

  const edit = (shapeId: TLShapeId) => {
    const hit = pendingCardTexts().get()[shapeId]?.hits[0]
    editor.select(shapeId)
    editor.setEditingShape(shapeId)
    // The textarea mounts with the edit; then put the caret on what looked like personal data.
    requestAnimationFrame(() => {
      const input = document.querySelector<HTMLTextAreaElement>(`[data-shape-id="${CSS.escape(shapeId)}"] textarea`)
      input?.focus()
      if (hit) input?.setSelectionRange(hit.start, hit.end)
    })
  }
  const share = (shapeId: TLShapeId) => {
    const shape = editor.getShape(shapeId)
    const text = approvePendingCardText(shapeId)
    if (!shape || text === null) return
    editor.markHistoryStoppingPoint('share card text with personal data')
    // Only cards with a plain `text` prop use CardText, so this card has one.
    editor.updateShape({ id: shapeId, type: shape.type, props: { text } } as TLShapePartial)
  }

  return (
    <>
      <div className="visually-hidden" aria-live="polite" data-testid="card-privacy-announcement">
        {announcement}
      </div>
      {placed.map(({ shapeId, draft, x, y }) => (
        <div
          key={shapeId}
          className="card-privacy-warning"
          style={{ left: x, top: y + 8 }}
          data-testid="card-privacy-warning"
          onPointerDown={(event) => event.stopPropagation()}
        >
          <PersonalDataNotice
            hits={draft.hits}
            detail={texts.notShared}
            proceedLabel={texts.shareAnyway}
            onEdit={() => edit(shapeId)}
            onProceed={() => share(shapeId)}
          />
        </div>
      ))}
    </>
  )
}
