import { journeyFrameGeometry, type JourneyFrameShape } from '@sammen/journey-shapes'
import { useMemo } from 'react'
import { HTMLContainer, SVGContainer, useEditor, useValue } from 'tldraw'
import { cardsDrawnSmall } from '../cardDetail'
import { currentDictionary } from '../currentDictionary'
import { emotionCurve, emotionY, type RatedStep } from './emotionCurve'
import { EmotionMarkers } from './EmotionMarkers'
import { ratedStepsOf } from './ratedSteps'

/** The frame's rated steps, kept live. */
function useRatedSteps(shape: JourneyFrameShape): RatedStep[] {
  const editor = useEditor()
  // As a string, so that edits which do not move a step or change its emotion (typing a card's text) do not
  // re-render the whole grid: useValue compares with ===.
  const key = useValue('journey frame emotions', () => JSON.stringify(ratedStepsOf(editor, shape)), [editor, shape.id, shape.props])
  return useMemo(() => JSON.parse(key) as RatedStep[], [key])
}

/**
 * The grid: phase names along the top, lane names down the left, alternating lane bands, and in each 'emotion'
 * lane the curve of the steps' emotions. Pointer events pass through to tldraw, which hit-tests the geometry.
 *
 * The curve's points are drawn in the grid's SVG (EmotionMarkers), without their faces when cards are drawn small
 * (cardDetail.ts): unreadable at that zoom, the faces were a third of all elements on the canvas of a 200-step journey.
 */
export function JourneyFrameView({ shape }: { shape: JourneyFrameShape }) {
  const editor = useEditor()
  const geometry = journeyFrameGeometry(shape.props)
  const steps = useRatedSteps(shape)
  const small = useValue('journey frame drawn small', () => cardsDrawnSmall(editor).get(), [editor])
  // Each emotion lane's curve, worked out once per render for its line, its markers and its empty state.
  const curves = new Map(geometry.rows.filter((row) => row.lane.kind === 'emotion').map((row) => [row.lane.id, emotionCurve(steps, row)]))
  const hasEmotionLane = curves.size > 0
  const t = currentDictionary()
  return (
    <>
      <SVGContainer className="journey-frame__grid">
        {geometry.rows.map((row) => (
          <rect
            key={row.lane.id}
            x={0}
            y={row.y}
            width={geometry.w}
            height={row.h}
            className={row.lane.kind === 'emotion' ? 'journey-frame__band journey-frame__band--emotion' : `journey-frame__band journey-frame__band--${row.index % 2 === 0 ? 'even' : 'odd'}`}
          />
        ))}
        <rect x={0} y={0} width={geometry.w} height={geometry.rows[0]?.y ?? 0} className="journey-frame__header-band" />
        {geometry.columns.map((column) => (
          <line key={column.phase.id} x1={column.x} y1={0} x2={column.x} y2={geometry.h} className="journey-frame__line" />
        ))}
        {geometry.rows.map((row) => (
          <line key={row.lane.id} x1={0} y1={row.y} x2={geometry.w} y2={row.y} className="journey-frame__line" />
        ))}
        {hasEmotionLane &&
          geometry.rows
            .filter((row) => row.lane.kind === 'emotion')
            .map((row) => (
              <g key={row.lane.id} className="journey-frame__curve">
                <line x1={geometry.columns[0]?.x ?? 0} x2={geometry.w} y1={emotionY(0, row)} y2={emotionY(0, row)} className="journey-frame__zero" />
                {curves.get(row.lane.id)!.map((run) => (
                  <polyline key={`${run[0]!.x}`} points={run.map((point) => `${point.x},${point.y}`).join(' ')} className="journey-frame__curve-line" />
                ))}
                <EmotionMarkers points={curves.get(row.lane.id)!.flat()} faces={!small} />
              </g>
            ))}
        <rect x={0} y={0} width={geometry.w} height={geometry.h} className="journey-frame__outline" />
      </SVGContainer>
      <HTMLContainer className="journey-frame" style={{ width: geometry.w, height: geometry.h }}>
        {geometry.columns.map((column) => (
          <div key={column.phase.id} className="journey-frame__phase" style={{ left: column.x, width: column.w }} data-testid="journey-frame-phase">
            {column.phase.name}
          </div>
        ))}
        {geometry.rows.map((row) => (
          <div key={row.lane.id} className="journey-frame__lane" style={{ top: row.y, height: row.h }} data-testid="journey-frame-lane" data-kind={row.lane.kind}>
            <span>{row.lane.name}</span>
            {row.lane.kind === 'emotion' && (
              <span className="journey-frame__scale" aria-hidden="true">
                <span style={{ top: emotionY(2, row) - row.y }}>{t.journeyFrame.emotionScale.top}</span>
                <span style={{ top: emotionY(0, row) - row.y }}>{t.journeyFrame.emotionScale.middle}</span>
                <span style={{ top: emotionY(-2, row) - row.y }}>{t.journeyFrame.emotionScale.bottom}</span>
              </span>
            )}
          </div>
        ))}
        {geometry.rows
          .filter((row) => curves.get(row.lane.id)?.length === 0)
          .map((row) => (
            <p key={row.lane.id} className="journey-frame__emotion-empty" style={{ left: geometry.columns[0]?.x ?? 0, top: row.y, height: row.h }}>
              {t.journeyFrame.emotionEmpty}
            </p>
          ))}
      </HTMLContainer>
    </>
  )
}
