// Builds the plain tldraw app (this folder) with Vite into a temporary directory, as Sammen's web app is built
// (Vite 7, @vitejs/plugin-react, production mode, assets under /assets/ with content hashes), so both are served
// alike by the same static server (apps/server's). Returns the output directory; the caller removes it. `minify: false`
// keeps function names for reading CPU profiles (Sammen's equivalent: `npx vite build --minify false`).
import react from '@vitejs/plugin-react'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const ROOT = path.dirname(fileURLToPath(import.meta.url))

export async function buildPlainTldraw(options: { minify?: boolean } = {}): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'plain-tldraw-'))
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 6000, minify: options.minify ?? true },
  })
  return outDir
}
