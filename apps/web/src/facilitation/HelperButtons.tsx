import { DefaultHelperButtons, TldrawUiMenuActionItem, useActions, useEditor, useValue } from 'tldraw'

/**
 * tldraw's helper buttons (bottom left) without its own "Slutt å følge": the follow notice at the top (FollowStrip)
 * already offers it, in the workshop's words, and two buttons for one thing read as two different things. Pen mode's
 * exit and "back to content" stay as tldraw draws them (tldraw exports neither button, so they are rebuilt here from
 * its actions).
 */
export function HelperButtons() {
  return (
    <DefaultHelperButtons>
      <ExitPenMode />
      <BackToContent />
    </DefaultHelperButtons>
  )
}

function ExitPenMode() {
  const editor = useEditor()
  const isPenMode = useValue('is pen mode', () => editor.getInstanceState().isPenMode, [editor])
  if (!isPenMode) return null
  return <TldrawUiMenuActionItem actionId="exit-pen-mode" />
}

function BackToContent() {
  const editor = useEditor()
  const actions = useActions()
  const lost = useValue(
    'all shapes out of view',
    () => {
      const shapeIds = editor.getCurrentPageShapeIds()
      return shapeIds.size > 0 && shapeIds.size === editor.getNotVisibleShapes().size
    },
    [editor],
  )
  if (!lost) return null
  return <TldrawUiMenuActionItem actionId="back-to-content" onSelect={() => actions['back-to-content']?.onSelect('helper-buttons')} />
}
