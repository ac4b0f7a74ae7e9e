// `pnpm bench`: runs every benchmark in its own process, one after another (the machine has 2 cores and
// benchmarks must not disturb each other), and prints each one's JSON. Figures go to docs/benchmarks.md
// with the machine and date. Pass names to run a subset: `pnpm bench binding fanout`; options after the names go to
// each of them (`pnpm bench side-by-side-open --board journey --rounds 5`).
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const benchmarks: Record<string, { cwd: string; script: string }> = {
  binding: { cwd: root, script: 'packages/sync/bench/binding.bench.ts' },
  snapshots: { cwd: root, script: 'packages/sync/bench/snapshots.bench.ts' },
  report: { cwd: root, script: 'packages/journey-shapes/bench/report.bench.ts' },
  fanout: { cwd: path.join(root, 'apps/server'), script: 'bench/fanout.bench.ts' },
  roles: { cwd: path.join(root, 'apps/server'), script: 'bench/roles.bench.ts' },
  validation: { cwd: path.join(root, 'apps/server'), script: 'bench/validation.bench.ts' },
  load: { cwd: path.join(root, 'apps/server'), script: 'bench/load.bench.ts' },
  library: { cwd: path.join(root, 'apps/server'), script: 'bench/library.bench.ts' },
  'server-memory': { cwd: path.join(root, 'apps/server'), script: 'bench/memory.bench.ts' },
  'cold-open': { cwd: root, script: 'e2e/bench/coldOpen.bench.ts' },
  'journey-canvas': { cwd: root, script: 'e2e/bench/journeyCanvas.bench.ts' },
  export: { cwd: root, script: 'e2e/bench/export.bench.ts' },
  'first-view': { cwd: root, script: 'e2e/bench/firstView.bench.ts' },
  'side-by-side-open': { cwd: root, script: 'e2e/bench/sideBySideOpen.bench.ts' },
  'side-by-side-pan': { cwd: root, script: 'e2e/bench/sideBySidePan.bench.ts' },
}

const args = process.argv.slice(2)
const firstOption = args.findIndex((arg) => arg.startsWith('--'))
const wanted = firstOption < 0 ? args : args.slice(0, firstOption)
const options = firstOption < 0 ? [] : args.slice(firstOption)
const names = wanted.length > 0 ? wanted : Object.keys(benchmarks)
console.log(`# ${new Date().toISOString()} · ${os.cpus()[0]?.model ?? 'unknown cpu'} × ${os.cpus().length} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · node ${process.version}`)
let failed = false
for (const name of names) {
  const bench = benchmarks[name]
  if (!bench) {
    console.error(`unknown benchmark "${name}"; known: ${Object.keys(benchmarks).join(', ')}`)
    process.exit(2)
  }
  console.log(`\n## ${name}`)
  const result = spawnSync(process.execPath, ['--import', 'tsx', bench.script, ...options], { cwd: bench.cwd, stdio: 'inherit', timeout: 15 * 60_000 })
  if (result.status !== 0) {
    console.error(`benchmark ${name} failed (exit ${result.status ?? result.signal})`)
    failed = true
  }
}
process.exit(failed ? 1 : 0)
