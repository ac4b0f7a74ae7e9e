/**
 * Report computation (Node, no browser): what the report view does on every (throttled) board change —
 * `boardToJourney(store.allRecords())` and journey-model's analyses (pain points by agency × phase, handoffs
 * between agencies, kasteball, once-only candidates, benefit matrix) — on the board of 10 phases × 8
 * lanes and 300 cards (see reportBoard.ts). 10 warm-up runs, then 60 timed runs; medians and p95.
 * Run: `pnpm bench report` or `node --import tsx packages/journey-shapes/bench/report.bench.ts`.
 */
import {
  benefitMatrix,
  handoffsBetweenAgencies,
  kasteballHandoffs,
  onceOnlyCandidates,
  painPointsByAgencyAndPhase,
  type Journey,
} from '@sammen/journey-model'
import { boardToJourney } from '../src/board/boardToJourney'
import { BENCH_BOARD, reportBoardRecords } from './reportBoard'

const WARM_UP = 10
const RUNS = 60

const nowMs = () => Number(process.hrtime.bigint()) / 1e6
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}
const round = (value: number) => Math.round(value * 100) / 100

function analyse(journey: Journey) {
  return {
    matrix: painPointsByAgencyAndPhase(journey),
    handoffs: handoffsBetweenAgencies(journey),
    kasteball: kasteballHandoffs(journey),
    onceOnly: onceOnlyCandidates(journey),
    benefits: benefitMatrix(journey),
  }
}

const records = reportBoardRecords(BENCH_BOARD)
const read: number[] = []
const analysis: number[] = []
const total: number[] = []
let last: { journey: Journey; result: ReturnType<typeof analyse>; leftOut: number } | undefined
for (let run = 0; run < WARM_UP + RUNS; run++) {
  const start = nowMs()
  const board = boardToJourney(records)
  const afterRead = nowMs()
  const result = analyse(board.journey)
  const end = nowMs()
  if (run >= WARM_UP) {
    read.push(afterRead - start)
    analysis.push(end - afterRead)
    total.push(end - start)
  }
  last = { journey: board.journey, result, leftOut: board.leftOut.length }
}

const journey = last!.journey
// The figures only mean something if the whole board was read: fail loudly if cards went missing.
const cards = journey.steps.length + journey.painPoints.length + journey.opportunities.length + journey.benefits.length
if (cards !== 300 || last!.leftOut !== 0 || journey.handoffs.length !== BENCH_BOARD.handoffs) {
  throw new Error(`board not read whole: ${cards} cards, ${last!.leftOut} left out, ${journey.handoffs.length} handoffs`)
}

console.log(
  JSON.stringify(
    {
      board: { records: records.length, phases: journey.phases.length, stepLanes: journey.lanes.length, cards, handoffs: journey.handoffs.length, kasteball: last!.result.kasteball.count },
      runs: RUNS,
      boardToJourneyMs: { median: round(percentile(read, 50)), p95: round(percentile(read, 95)) },
      analysesMs: { median: round(percentile(analysis, 50)), p95: round(percentile(analysis, 95)) },
      totalMs: { median: round(percentile(total, 50)), p95: round(percentile(total, 95)) },
    },
    null,
    2,
  ),
)
