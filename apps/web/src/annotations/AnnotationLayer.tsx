import { useMemo } from 'react'
import { createPortal } from 'react-dom'
import { useAnnotationLayer } from './annotationLayerState'
import { groupAnnotations } from './annotationGroups'
import { AnnotationLayerToggle } from './AnnotationLayerToggle'
import { AnnotationListPanel } from './AnnotationListPanel'
import { AnnotationPins } from './AnnotationPins'
import { useAnnotationList, useAnnotationsRoom } from '../room/annotationsRoom'
import './annotations.css'

/**
 * The editors' view of the user panel's annotations, in tldraw's InFrontOfTheCanvas slot: the toggle (a small
 * floating control at the bottom left; the top bar is full), pins that follow the camera, and the list panel
 * (in <body>, so tldraw's shortcuts do not see keys pressed in it).
 */
export function AnnotationLayer() {
  const room = useAnnotationsRoom()
  const { annotations, invalid } = useAnnotationList(room)
  const { visible, panelOpen, focusTarget, openPanel, closePanel } = useAnnotationLayer()
  const groups = useMemo(() => groupAnnotations(annotations), [annotations])
  if (!room) return null
  if (!visible) return <AnnotationLayerToggle />
  const close = () => {
    closePanel()
    document.querySelector<HTMLElement>('[data-testid="annotation-layer-toggle"]')?.focus()
  }
  return (
    <>
      <AnnotationLayerToggle />
      <AnnotationPins groups={groups} onOpen={openPanel} />
      {panelOpen &&
        createPortal(
          <AnnotationListPanel room={room} groups={groups} all={annotations} invalid={invalid} focusTarget={focusTarget} onClose={close} />,
          document.body,
        )}
    </>
  )
}
