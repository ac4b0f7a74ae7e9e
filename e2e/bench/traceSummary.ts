/**
 * Where a Chrome trace's main-thread time went, by kind of work: `node --import tsx e2e/bench/traceSummary.ts
 * <trace.json> [<trace.json> …]`. The side-by-side pan benchmark writes such traces (`--trace <dir>`); a CPU profile
 * (`--profile`) shows only JavaScript, while on a canvas of HTML cards most of a frame is style, layout, paint and
 * raster, which only a trace shows. Prints, per file, the milliseconds the renderer's main thread spent in each kind
 * (nested events are charged to the innermost one, so the kinds add up to the busy time) and the raster threads'
 * total.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string }
}

/** The kinds of main-thread work reported, by the trace event that marks each (other events count as "other"). */
const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  'v8.execute': 'script',
  MajorGC: 'gc',
  MinorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  UpdateLayoutTree: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  Commit: 'commit',
  UpdateLayer: 'paint',
  HitTest: 'hit-test',
}

export interface TraceSummary {
  busyMs: number
  byKindMs: Record<string, number>
  rasterMs: number
}

/** Main-thread time by kind, and raster time, of a trace in Chrome's JSON format (`{ traceEvents }` or an array). */
export function summariseTrace(json: string): TraceSummary {
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[]
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? [])
  const threadNames = new Map<string, string>()
  for (const event of events) if (event.ph === 'M' && event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, event.args?.name ?? '')
  const mains = new Set([...threadNames].filter(([, name]) => name === 'CrRendererMain').map(([key]) => key))
  const rasters = new Set([...threadNames].filter(([, name]) => name.startsWith('CompositorTileWorker') || name === 'Compositor').map(([key]) => key))

  const byKindMs: Record<string, number> = {}
  let rasterMs = 0
  let busyMs = 0
  const perThread = new Map<string, TraceEvent[]>()
  for (const event of events) {
    if (event.ph !== 'X' || event.dur === undefined) continue
    const key = `${event.pid}:${event.tid}`
    if (rasters.has(key) && event.name === 'RasterTask') rasterMs += event.dur / 1000
    if (!mains.has(key)) continue
    const list = perThread.get(key) ?? []
    list.push(event)
    perThread.set(key, list)
  }
  for (const list of perThread.values()) {
    // Walk the events as a tree (sorted by start, longest first): each known kind is charged its time minus the
    // time of the known kinds nested in it, so nothing counts twice.
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
    const stack: { end: number; kind: string | null; childMs: number; ms: number }[] = []
    const close = (until: number) => {
      while (stack.length > 0 && stack[stack.length - 1]!.end <= until) {
        const done = stack.pop()!
        const parent = [...stack].reverse().find((frame) => frame.kind !== null)
        if (done.kind === null) continue
        const self = done.ms - done.childMs
        byKindMs[done.kind] = (byKindMs[done.kind] ?? 0) + self
        if (parent) parent.childMs += done.ms
      }
    }
    for (const event of list) {
      close(event.ts)
      const kind = event.name === 'RunTask' ? 'other' : (KINDS[event.name] ?? null)
      if (event.name === 'RunTask' && !stack.some((frame) => frame.kind !== null)) busyMs += event.dur! / 1000
      stack.push({ end: event.ts + event.dur!, kind, childMs: 0, ms: event.dur! / 1000 })
    }
    close(Number.POSITIVE_INFINITY)
  }
  const rounded = Object.fromEntries(
    Object.entries(byKindMs)
      .sort(([, a], [, b]) => b - a)
      .map(([kind, ms]) => [kind, Math.round(ms)]),
  )
  return { busyMs: Math.round(busyMs), byKindMs: rounded, rasterMs: Math.round(rasterMs) }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const files = process.argv.slice(2)
  if (files.length === 0) {
    console.error('usage: node --import tsx e2e/bench/traceSummary.ts <trace.json> [<trace.json> …]')
    process.exit(2)
  }
  for (const file of files) console.log(JSON.stringify({ file: path.basename(file), ...summariseTrace(readFileSync(file, 'utf8')) }))
}
