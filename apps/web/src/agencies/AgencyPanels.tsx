import { useEffect, useRef } from 'react'
import { AgencyFilterStyle } from './AgencyFilterStyle'
import { AgencyLegend } from './AgencyLegend'
import { useAgencyFilter, useAgencyPanelsStore } from './agencyPanelsStore'
import { isLegendShortcut, isPainPointsShortcut, LEGEND_BUTTON_TEST_ID, PAIN_POINTS_BUTTON_TEST_ID } from './agencyShortcuts'
import { FilterStatus } from './FilterStatus'
import { PainPointPanel } from './PainPointPanel'
import { SidePanelSlot } from '../components/boardLayout'
import './agencies.css'

const focusButton = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus()

/**
 * The agency panels (a child of <Tldraw>, so they have the editor): the legend with the filter and the pain points
 * per agency in the board's side column, and the filter's state floating over the canvas while the legend is closed. Opened from the top bar
 * or with Alt+Shift+E / Alt+Shift+P; a panel that opens takes focus to its heading, one that closes gives it
 * back to its top bar button.
 */
export function AgencyPanels({ boardId }: { boardId: string }) {
  const { legendOpen, painPointsOpen, setLegendOpen, setPainPointsOpen } = useAgencyPanelsStore()
  const filter = useAgencyFilter(boardId)
  const legendHeading = useRef<HTMLHeadingElement>(null)
  const painPointsHeading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const store = useAgencyPanelsStore.getState()
      if (isLegendShortcut(event)) store.setLegendOpen(!store.legendOpen)
      else if (isPainPointsShortcut(event)) store.setPainPointsOpen(!store.painPointsOpen)
      else return
      event.preventDefault()
      event.stopPropagation()
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [])

  useFocusOnOpen(legendOpen, legendHeading, LEGEND_BUTTON_TEST_ID)
  useFocusOnOpen(painPointsOpen, painPointsHeading, PAIN_POINTS_BUTTON_TEST_ID)

  return (
    <>
      <AgencyFilterStyle boardId={boardId} />
      {!legendOpen && filter.length > 0 && (
        <div className="agency-panels">
          <FilterStatus boardId={boardId} floating onCleared={() => focusButton(LEGEND_BUTTON_TEST_ID)} />
        </div>
      )}
      <SidePanelSlot>
        {(legendOpen || painPointsOpen) && (
          <div className="agency-panels">
            {legendOpen && <AgencyLegend
                boardId={boardId}
                headingRef={legendHeading}
                onClose={() => {
                  focusButton(LEGEND_BUTTON_TEST_ID)
                  setLegendOpen(false)
                }}
              />}
            {painPointsOpen && <PainPointPanel
                headingRef={painPointsHeading}
                onClose={() => {
                  focusButton(PAIN_POINTS_BUTTON_TEST_ID)
                  setPainPointsOpen(false)
                }}
              />}
          </div>
        )}
      </SidePanelSlot>
    </>
  )
}

/** Focus follows the panel: to its heading when it opens, back to its top bar button when it closes. */
function useFocusOnOpen(open: boolean, heading: React.RefObject<HTMLHeadingElement | null>, buttonTestId: string) {
  const wasOpen = useRef(open)
  useEffect(() => {
    if (open && !wasOpen.current) heading.current?.focus()
    // Only when focus was in the panel (or nowhere): closing by shortcut while typing on the canvas keeps it there.
    if (!open && wasOpen.current && (document.activeElement === document.body || document.activeElement === null)) focusButton(buttonTestId)
    wasOpen.current = open
  }, [open, heading, buttonTestId])
}
