/**
 * Where a CPU profile's time went: `node --import tsx e2e/bench/profileSummary.ts <file.cpuprofile> [--top 40]
 * [--inclusive name,name…] [--until ms]`. Prints the functions with the most self time (name, file:line) and, for
 * each name given with `--inclusive`, the time spent inside it (each sample counted once, also under recursion).
 * `--until` drops samples after that many ms from the profile's start. Profiles come from the side-by-side open
 * benchmark (`--profile <dir>`); they are easier to read from a build without minification
 * (`npx vite build --minify false --outDir …`).
 */
import { readFileSync } from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const file = args[0]
if (!file) {
  console.error('usage: profileSummary.ts <file.cpuprofile> [--top n] [--inclusive a,b] [--until ms]')
  process.exit(2)
}
const top = Number(option('--top') ?? 40)
const inclusiveNames = (option('--inclusive') ?? '').split(',').filter(Boolean)
const untilMs = option('--until') === undefined ? Infinity : Number(option('--until'))

const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const parent = new Map<number, number>()
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)

const label = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame
  const fileName = url.split('/').pop() ?? ''
  return `${functionName || '(anonymous)'} ${fileName}${fileName ? `:${lineNumber + 1}` : ''}`
}

const self = new Map<string, number>()
const inclusive = new Map<string, number>(inclusiveNames.map((name) => [name, 0]))
let elapsed = 0
let total = 0
for (let i = 0; i < profile.samples.length; i++) {
  const delta = (profile.timeDeltas[i] ?? 0) / 1000
  elapsed += delta
  if (elapsed > untilMs) break
  const node = byId.get(profile.samples[i]!)
  if (!node) continue
  total += delta
  const key = label(node)
  self.set(key, (self.get(key) ?? 0) + delta)
  if (inclusiveNames.length === 0) continue
  const seen = new Set<string>()
  for (let at: number | undefined = node.id; at !== undefined; at = parent.get(at)) {
    const name = byId.get(at)!.callFrame.functionName
    if (inclusive.has(name) && !seen.has(name)) {
      seen.add(name)
      inclusive.set(name, inclusive.get(name)! + delta)
    }
  }
}

console.log(`${file}: ${Math.round(total)} ms sampled`)
for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`)
if (inclusiveNames.length > 0) {
  console.log('\ninside (inclusive):')
  for (const [name, ms] of inclusive) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`)
}
