import { useMemo } from 'react'
import { useAnnotationLayer } from './annotationLayerState'
import { groupAnnotations } from './annotationGroups'
import { AnnotationLayerToggle } from './AnnotationLayerToggle'
import { AnnotationListPanel } from './AnnotationListPanel'
import { AnnotationPins } from './AnnotationPins'
import { SidePanelSlot } from '../components/boardLayout'
import { useAnnotationList, useAnnotationsRoom } from '../room/annotationsRoom'
import './annotations.css'

/**
 * The editors' view of the user panel's annotations, in tldraw's InFrontOfTheCanvas slot: the toggle (a small
 * floating control at the bottom left; the top bar is full), pins that follow the camera, and the list panel
 * (in the board's side column, beside the canvas, outside tldraw's container).
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
      <SidePanelSlot>
        {panelOpen && <AnnotationListPanel room={room} groups={groups} all={annotations} invalid={invalid} focusTarget={focusTarget} onClose={close} />}
      </SidePanelSlot>
    </>
  )
}
