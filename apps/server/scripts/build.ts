// Builds the server to JavaScript: `dist/main.js` (the process), `dist/setup.js` and `dist/issue-token.js` (the
// command-line tools). Production runs these with plain `node`, so no TypeScript is compiled at run time (tsx kept
// a compiler and its caches in every server process: memory and start-up time).
//
// One esbuild bundle per entry, holding our own code: the server's src/ and the workspace packages it imports
// (@sammen/*, which export TypeScript sources). Every npm package stays external and is loaded by Node from
// node_modules exactly as in development: native modules (better-sqlite3), optional requires (pg, ws, ioredis) and
// packages that must exist once per process (yjs) keep working without bundling tricks. An external package must
// therefore be a dependency of @sammen/server itself, where Node looks for it (pnpm links nothing else there); the
// build fails, naming the importer, when one is not.
//
//   node --import tsx scripts/build.ts      (`pnpm --filter @sammen/server build`; `pnpm build` and `pnpm start` run it)
import { builtinModules } from 'node:module'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'

export const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const DIST_DIR = path.join(SERVER_DIR, 'dist')
/** The built process entry: `node dist/main.js`. */
export const BUILT_MAIN = path.join(DIST_DIR, 'main.js')

// All outputs sit directly in dist/ (entries by name, shared code and what is loaded only on demand, such as the
// PostgreSQL storage and the Redis fan-out with their clients, in `chunk-*.js`): src/config.ts finds the web build
// relative to its own file, one level below the package, wherever esbuild puts it.
const ENTRY_POINTS = {
  main: 'src/main.ts',
  setup: 'src/cli/setup.ts',
  'issue-token': 'src/cli/issueToken.ts',
}

const BUILTINS = new Set(builtinModules)

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

function serverDependencies(): Set<string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(SERVER_DIR, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }
  return new Set(Object.keys(manifest.dependencies ?? {}))
}

/** Bundles @sammen/* and relative imports; leaves Node built-ins and npm packages (which must be our dependencies) to Node. */
function externalPackages(dependencies: Set<string>): esbuild.Plugin {
  return {
    name: 'sammen-external-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:') || BUILTINS.has(packageName(args.path))) return { path: args.path, external: true }
        const name = packageName(args.path)
        if (name.startsWith('@sammen/')) return undefined
        if (!dependencies.has(name)) {
          return {
            errors: [
              {
                text: `"${name}" (imported by ${path.relative(SERVER_DIR, args.importer)}) is not a dependency of @sammen/server: add it to apps/server/package.json, so Node finds it next to dist/`,
              },
            ],
          }
        }
        return { path: args.path, external: true }
      })
    },
  }
}

/** Builds dist/ (the process and the command-line tools) and returns the files written. */
export function buildServer(): Promise<string[]> {
  return bundle(ENTRY_POINTS, DIST_DIR)
}

/**
 * Bundles `entryPoints` (name → source, relative to apps/server) into `outdir`, which must lie inside apps/server so
 * Node finds the external packages in its node_modules (benchmarks bundle their own server variants this way). Each
 * file is written beside its final name and renamed over it, so a server starting meanwhile (another test run in the
 * same checkout) reads either the old or the new file whole.
 */
export async function bundle(entryPoints: Record<string, string>, outdir: string): Promise<string[]> {
  const result = await esbuild.build({
    absWorkingDir: SERVER_DIR,
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    splitting: true,
    chunkNames: 'chunk-[hash]',
    target: 'node20',
    // Readable stack traces without a source map: names and layout kept, comments naming each source file.
    minify: false,
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'silent',
    write: false,
    plugins: [externalPackages(serverDependencies())],
  })
  fs.mkdirSync(outdir, { recursive: true })
  const written: string[] = []
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`
    fs.writeFileSync(temporary, file.contents)
    fs.renameSync(temporary, file.path)
    written.push(path.relative(SERVER_DIR, file.path))
  }
  // Chunks are named by their content: those of earlier builds would pile up.
  const current = new Set(result.outputFiles.map((file) => path.basename(file.path)))
  for (const name of fs.readdirSync(outdir)) {
    if (name.startsWith('chunk-') && !current.has(name)) fs.rmSync(path.join(outdir, name), { force: true })
  }
  return written
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now()
  buildServer().then(
    (files) => console.log(`built ${files.filter((file) => file.endsWith('.js') && !file.includes('chunk-')).join(', ')} and their chunks in ${Math.round(performance.now() - started)} ms`),
    (error: unknown) => {
      // esbuild's own message lists every problem with its file and line.
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}
