import type { Editor, TLArrowBinding, TLArrowShape, TLBinding } from 'tldraw'
import { arrowLinkKind } from './arrowLink'

/**
 * An arrow drawn with tldraw's arrow tool gets tldraw's handwriting font, so the label of a relation on Aktørkart (or
 * of a handoff) looked like a scribble next to cards that all use the plain font. Once an arrow is bound at both ends
 * to cards it means something (arrowLinkKind), it takes the plain font, as the new-board layout draws handoffs.
 * Only this person's own changes are followed: the peer who drew the arrow sets the font, everyone else receives it.
 * Returns the unsubscribe.
 */
export function keepJourneyLinksInPlainFont(editor: Editor): () => void {
  const onBinding = (binding: TLBinding, source: 'user' | 'remote') => {
    if (source !== 'user' || binding.type !== 'arrow') return
    const arrow = editor.getShape<TLArrowShape>(binding.fromId)
    if (!arrow || arrow.type !== 'arrow' || arrow.props.font === 'sans') return
    const ends = editor.getBindingsFromShape<TLArrowBinding>(arrow, 'arrow')
    const typeAt = (terminal: 'start' | 'end') => {
      const end = ends.find((candidate) => candidate.props.terminal === terminal)
      return end ? editor.getShape(end.toId)?.type : undefined
    }
    if (arrowLinkKind(typeAt('start'), typeAt('end')) === null) return
    editor.updateShape<TLArrowShape>({ id: arrow.id, type: 'arrow', props: { font: 'sans' } })
  }
  const stopCreate = editor.sideEffects.registerAfterCreateHandler('binding', onBinding)
  const stopChange = editor.sideEffects.registerAfterChangeHandler('binding', (_before, after, source) => onBinding(after, source))
  return () => {
    stopCreate()
    stopChange()
  }
}
