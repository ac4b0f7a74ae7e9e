import { FRAME_HEADER_H, FRAME_LABEL_W, journeyFrameGeometry, type JourneyFrameShape } from '@sammen/journey-shapes'
import type { Editor } from 'tldraw'
import { SvgLines, wrapText } from '../cardSvg'
import { currentDictionary } from '../currentDictionary'
import { emotionCurve, emotionY } from './emotionCurve'
import { EMOTION_CURVE_COLOURS, EmotionMarkers } from './EmotionMarkers'
import { ratedStepsOf } from './ratedSteps'

// The frame's colours and type sizes, as journeyFrame.css draws them on the canvas.
const BAND = { even: '#f3f5f8', odd: '#ffffff', emotion: '#fff8e6', header: '#ece8f7' }
const LANE_LABEL = { fill: '#e8edf4', emotion: '#fbefd0', border: '#b9c1cc' }
const LINE = '#b9c1cc'
const INK = '#1b2430'
const EMOTION_INK = '#5c4300'
const CURVE = EMOTION_CURVE_COLOURS.line
const PHASE_STYLE = { fontSize: 26, fontWeight: 'bold' as const, lineHeight: 1.15 }
const LANE_STYLE = { fontSize: 19, fontWeight: 'bold' as const, lineHeight: 1.25 }

/**
 * The journey frame for export, in SVG: lane bands, the phase header, lane names, grid lines and the emotion curve
 * with its faces, as on the canvas (JourneyFrameView). Without it tldraw exports the grid's HTML with every
 * computed style inlined, which took longer than all 300 cards of a large journey together.
 */
export function JourneyFrameSvg({ editor, shape }: { editor: Editor; shape: JourneyFrameShape }) {
  const t = currentDictionary()
  const geometry = journeyFrameGeometry(shape.props)
  const steps = ratedStepsOf(editor, shape)
  const firstColumnX = geometry.columns[0]?.x ?? FRAME_LABEL_W
  const headerH = geometry.rows[0]?.y ?? FRAME_HEADER_H

  return (
    <g>
      {geometry.rows.map((row) => (
        <rect key={row.lane.id} x={0} y={row.y} width={geometry.w} height={row.h} fill={row.lane.kind === 'emotion' ? BAND.emotion : row.index % 2 === 0 ? BAND.even : BAND.odd} />
      ))}
      <rect x={0} y={0} width={geometry.w} height={headerH} fill={BAND.header} />
      {geometry.rows.map((row) => (
        <rect key={row.lane.id} x={0} y={row.y} width={FRAME_LABEL_W} height={row.h} fill={row.lane.kind === 'emotion' ? LANE_LABEL.emotion : LANE_LABEL.fill} />
      ))}
      {geometry.columns.map((column) => (
        <line key={column.phase.id} x1={column.x} y1={0} x2={column.x} y2={geometry.h} stroke={LINE} strokeWidth={1.5} />
      ))}
      {geometry.rows.map((row) => (
        <line key={row.lane.id} x1={0} y1={row.y} x2={geometry.w} y2={row.y} stroke={LINE} strokeWidth={1.5} />
      ))}
      {geometry.columns.map((column) => {
        const lines = wrapText(column.phase.name, column.w - 48, PHASE_STYLE)
        const fits = Math.max(1, Math.floor(headerH / (PHASE_STYLE.fontSize * PHASE_STYLE.lineHeight)))
        const shown = lines.slice(0, fits)
        const height = shown.length * PHASE_STYLE.fontSize * PHASE_STYLE.lineHeight
        return <SvgLines key={column.phase.id} lines={shown} x={column.x + 24} y={(headerH - height) / 2} style={PHASE_STYLE} fill={INK} />
      })}
      {geometry.rows.map((row) => {
        const fits = Math.max(1, Math.floor((row.h - 40) / (LANE_STYLE.fontSize * LANE_STYLE.lineHeight)))
        return <SvgLines key={row.lane.id} lines={wrapText(row.lane.name, FRAME_LABEL_W - 32, LANE_STYLE).slice(0, fits)} x={16} y={row.y + 20} style={LANE_STYLE} fill={INK} />
      })}
      {geometry.rows
        .filter((row) => row.lane.kind === 'emotion')
        .map((row) => {
          const runs = emotionCurve(steps, row)
          const scale = [
            [2, t.journeyFrame.emotionScale.top],
            [0, t.journeyFrame.emotionScale.middle],
            [-2, t.journeyFrame.emotionScale.bottom],
          ] as const
          return (
            <g key={row.lane.id}>
              {scale.map(([emotion, label]) => (
                <text key={emotion} x={FRAME_LABEL_W - 10} y={emotionY(emotion, row) + 5} textAnchor="end" fontFamily="'tldraw_sans', sans-serif" fontSize={15} fontWeight="bold" fill={EMOTION_INK}>
                  {label}
                </text>
              ))}
              <line x1={firstColumnX} x2={geometry.w} y1={emotionY(0, row)} y2={emotionY(0, row)} stroke="#d9c79a" strokeWidth={1.5} strokeDasharray="8 6" />
              {runs.length === 0 && (
                <SvgLines lines={[t.journeyFrame.emotionEmpty]} x={firstColumnX + 24} y={row.y + row.h / 2 - 12} style={{ fontSize: 18 }} fill={EMOTION_INK} />
              )}
              {runs.map((run) => (
                <polyline
                  key={`${run[0]!.x}`}
                  points={run.map((point) => `${point.x},${point.y}`).join(' ')}
                  fill="none"
                  stroke={CURVE}
                  strokeWidth={4}
                  strokeLinejoin="round"
                  strokeLinecap="round"
                />
              ))}
              <EmotionMarkers points={runs.flat()} faces />
            </g>
          )
        })}
      <line x1={FRAME_LABEL_W} y1={headerH} x2={FRAME_LABEL_W} y2={geometry.h} stroke={LANE_LABEL.border} strokeWidth={1.5} />
      <rect x={0} y={0} width={geometry.w} height={geometry.h} fill="none" stroke="#7b8797" strokeWidth={2} />
    </g>
  )
}
