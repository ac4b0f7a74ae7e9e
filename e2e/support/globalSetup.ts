import { existsSync } from 'node:fs'
import { buildServer, WEB_DIST } from './sammenServer'

/**
 * Fail fast with a useful message instead of 40 confusing test failures against a missing web build; and build the
 * server once for the whole run (the workers inherit the flag that says so).
 */
export default function globalSetup(): void {
  if (!existsSync(`${WEB_DIST}/index.html`) || !existsSync(`${WEB_DIST}/sw.js`)) {
    throw new Error(`No web build at ${WEB_DIST}. Run: cd apps/web && npx vite build`)
  }
  buildServer()
}
