import { PAIN_POINT_DEFAULT_PROPS, PAIN_POINT_TYPE } from '@sammen/journey-shapes'
import { useEffect } from 'react'
import { createPortal } from 'react-dom'
import { useEditor, useValue, type VecModel } from 'tldraw'
import { placeCard } from '../placeCard'
import { PainPointOwnerDialog, type PainPointChoice } from './PainPointOwnerDialog'
import { pendingPainPoint } from './pendingPainPoint'

const OWNER_DIALOG_MENU_ID = 'sammen-pain-point-owner'

/**
 * Shows the unfinished pain point (an outline where it will go) and the owner dialog while a placement is pending.
 * Rendered in tldraw's InFrontOfTheCanvas slot, so it moves with the camera.
 */
export function PainPointPlacement() {
  const editor = useEditor()
  const pending = pendingPainPoint(editor)
  const point = useValue('pending pain point', () => pending.get(), [pending])
  const screen = useValue('pending pain point on screen', () => (point ? toViewport(editor, point) : null), [editor, point])

  // tldraw's shortcuts listen on <body>; an "open menu" turns them off while the dialog has the keyboard.
  useEffect(() => {
    if (!point) return
    editor.menus.addOpenMenu(OWNER_DIALOG_MENU_ID)
    return () => editor.menus.deleteOpenMenu(OWNER_DIALOG_MENU_ID)
  }, [editor, point])

  if (!point || !screen) return null

  const finish = () => {
    pending.set(null)
    editor.focus()
  }
  const create = (choice: PainPointChoice) => {
    finish()
    placeCard(editor, { type: PAIN_POINT_TYPE, props: { ...PAIN_POINT_DEFAULT_PROPS, ...choice } }, point)
  }

  return (
    <>
      <div
        className="pain-point-ghost"
        aria-hidden="true"
        style={{
          left: screen.x,
          top: screen.y,
          width: PAIN_POINT_DEFAULT_PROPS.w * screen.zoom,
          height: PAIN_POINT_DEFAULT_PROPS.h * screen.zoom,
        }}
      />
      {/* In <body>, outside tldraw's container: its key handlers would otherwise see every key typed in the dialog. */}
      {createPortal(<PainPointOwnerDialog onCreate={create} onCancel={finish} />, document.body)}
    </>
  )
}

function toViewport(editor: ReturnType<typeof useEditor>, point: VecModel) {
  const zoom = editor.getZoomLevel()
  const topLeft = editor.pageToViewport({ x: point.x - PAIN_POINT_DEFAULT_PROPS.w / 2, y: point.y - PAIN_POINT_DEFAULT_PROPS.h / 2 })
  return { x: topLeft.x, y: topLeft.y, zoom }
}
