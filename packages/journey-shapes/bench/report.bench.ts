/**
 * Report computation (Node, no browser): what the report view does on every (throttled) board change —
 * `boardToJourney(store.allRecords())` and journey-model's `buildJourneyReport` (pain points by agency × phase,
 * handoffs between agencies, kasteball, once-only candidates, benefit matrix), for the whole journey and for one
 * agency — on the board of 10 phases × 8 lanes and 300 cards (see reportBoard.ts). 10 warm-up runs, then
 * 60 timed runs; medians and p95.
 * Run: `pnpm bench report` or `node --import tsx packages/journey-shapes/bench/report.bench.ts`.
 */
import { nowMs, percentile, round } from '@sammen/bench-stats'
import { buildJourneyReport, type Journey } from '@sammen/journey-model'
import { boardToJourney } from '../src/boardToJourney'
import { BENCH_BOARD, reportBoardRecords } from './reportBoard'

const WARM_UP = 10
const RUNS = 60


/** The whole journey's report, and the report of the agency owning the first step (the view's two modes). */
function analyse(journey: Journey) {
  const whole = buildJourneyReport(journey, null)
  const agency = buildJourneyReport(journey, journey.steps[0]?.agencyId ?? null)
  return { kasteball: whole.kasteball, agencyFocused: agency.focus !== null }
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
if (cards !== 300 || last!.leftOut !== 0 || journey.handoffs.length !== BENCH_BOARD.handoffs || !last!.result.agencyFocused) {
  throw new Error(`board not read whole: ${cards} cards, ${last!.leftOut} left out, ${journey.handoffs.length} handoffs`)
}

console.log(
  JSON.stringify(
    {
      board: { records: records.length, phases: journey.phases.length, stepLanes: journey.lanes.length, cards, handoffs: journey.handoffs.length, kasteball: last!.result.kasteball.count },
      runs: RUNS,
      boardToJourneyMs: { median: round(percentile(read, 50)), p95: round(percentile(read, 95)) },
      reportsMs: { median: round(percentile(analysis, 50)), p95: round(percentile(analysis, 95)) },
      totalMs: { median: round(percentile(total, 50)), p95: round(percentile(total, 95)) },
    },
    null,
    2,
  ),
)
