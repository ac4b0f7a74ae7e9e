import { useT } from '../i18n'
import { useAgencyPanelsStore } from './agencyPanelsStore'
import { LEGEND_BUTTON_TEST_ID, LEGEND_SHORTCUT, PAIN_POINTS_BUTTON_TEST_ID, PAIN_POINTS_SHORTCUT } from './agencyShortcuts'

/** The top bar's toggles for the legend and the pain point panel. */
export function AgencyPanelButtons() {
  const t = useT()
  const { legendOpen, painPointsOpen, setLegendOpen, setPainPointsOpen } = useAgencyPanelsStore()
  return (
    <>
      <button
        type="button"
        className="board-bar__button"
        aria-pressed={legendOpen}
        aria-keyshortcuts={LEGEND_SHORTCUT}
        title={`${t.agencies.legendButtonHint} (${LEGEND_SHORTCUT})`}
        data-testid={LEGEND_BUTTON_TEST_ID}
        onClick={() => setLegendOpen(!legendOpen)}
      >
        <LegendIcon />
        <span className="board-bar__label">{t.agencies.legendButton}</span>
      </button>
      <button
        type="button"
        className="board-bar__button"
        aria-pressed={painPointsOpen}
        aria-keyshortcuts={PAIN_POINTS_SHORTCUT}
        title={`${t.agencies.painPoints.buttonHint} (${PAIN_POINTS_SHORTCUT})`}
        data-testid={PAIN_POINTS_BUTTON_TEST_ID}
        onClick={() => setPainPointsOpen(!painPointsOpen)}
      >
        <PainPointsIcon />
        <span className="board-bar__label">{t.agencies.painPoints.button}</span>
      </button>
    </>
  )
}

function LegendIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <rect x="3" y="4" width="5" height="5" rx="1" fill="currentColor" stroke="none" />
      <rect x="3" y="15" width="5" height="5" rx="1" />
      <path d="M11 6.5h10M11 17.5h10" />
    </svg>
  )
}

function PainPointsIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round">
      <path d="M12 3 22 20H2z" />
      <path d="M12 9.5v4.5M12 17v.2" />
    </svg>
  )
}
