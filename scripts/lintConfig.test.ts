// The import boundaries in eslint.config.js, tested the way a mistake would meet them: each forbidden import is
// planted in a virtual file at a representative path and must fail with its rule and message; its allowed
// counterpart must pass. A rule that is dropped, narrowed or mistyped in the config fails here.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint, type Linter } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot })
})

async function lint(file: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file), warnIgnored: true })
  return result?.messages ?? []
}

const describeMessages = (messages: Linter.LintMessage[]): string[] =>
  messages.map((message) => `${message.ruleId ?? 'parser'}: ${message.message}`)

interface Forbidden {
  what: string
  file: string
  code: string
  rule: string
  message: string
}

const forbidden: Forbidden[] = [
  // The framework-free packages.
  { what: 'journey-model importing React', file: 'packages/journey-model/src/journey/probe.ts', code: "export { useState } from 'react'", rule: 'sammen/forbidden-imports', message: "'react': packages/journey-model is framework-free: no React" },
  { what: 'journey-model importing tldraw records', file: 'packages/journey-model/src/probe.ts', code: "export * from '@tldraw/tlschema'", rule: 'sammen/forbidden-imports', message: 'packages/journey-model is framework-free: no tldraw' },
  { what: 'journey-model importing Dexie', file: 'packages/journey-model/src/journey/probe.ts', code: "export { default } from 'dexie'", rule: 'sammen/forbidden-imports', message: 'packages/journey-model is framework-free: no storage' },
  { what: 'journey-model importing Yjs', file: 'packages/journey-model/src/journey/probe.ts', code: "export * from 'yjs'", rule: 'sammen/forbidden-imports', message: 'packages/journey-model is framework-free: no Yjs' },
  { what: 'journey-model importing another package', file: 'packages/journey-model/src/journey/probe.ts', code: "export * from '@sammen/protocol'", rule: 'sammen/forbidden-imports', message: 'packages/journey-model is the innermost package' },
  { what: 'journey-model using window', file: 'packages/journey-model/src/journey/probe.ts', code: 'export const width = window.innerWidth', rule: 'no-restricted-globals', message: "Unexpected use of 'window'. packages/journey-model is framework-free" },
  { what: 'journey-shapes importing tldraw', file: 'packages/journey-shapes/src/stepCard/probe.ts', code: "export { Editor } from 'tldraw'", rule: 'sammen/forbidden-imports', message: "'tldraw': packages/journey-shapes is framework-free: of tldraw only the record-schema level" },
  { what: 'journey-shapes importing the tldraw editor', file: 'packages/journey-shapes/src/probe.ts', code: "export type { Editor } from '@tldraw/editor'", rule: 'sammen/forbidden-imports', message: "'@tldraw/editor': packages/journey-shapes is framework-free" },
  { what: 'journey-shapes importing tldraw utils (DOM helpers)', file: 'packages/journey-shapes/src/probe.ts', code: "export * from '@tldraw/utils'", rule: 'sammen/forbidden-imports', message: "'@tldraw/utils': packages/journey-shapes is framework-free" },
  { what: 'journey-shapes importing React types', file: 'packages/journey-shapes/src/stepCard/probe.ts', code: "import type { ReactNode } from 'react'\nexport type Label = ReactNode", rule: 'sammen/forbidden-imports', message: 'packages/journey-shapes is framework-free: no React' },
  { what: 'journey-shapes importing sync', file: 'packages/journey-shapes/src/probe.ts', code: "export * from '@sammen/sync'", rule: 'sammen/forbidden-imports', message: 'packages/journey-shapes sits below sync' },
  { what: 'journey-shapes using document', file: 'packages/journey-shapes/src/board/probe.ts', code: 'export const title = () => document.title', rule: 'no-restricted-globals', message: "Unexpected use of 'document'. packages/journey-shapes is framework-free" },
  { what: 'protocol importing Yjs', file: 'packages/protocol/src/updates/probe.ts', code: "import * as Y from 'yjs'\nexport const doc = new Y.Doc()", rule: 'sammen/forbidden-imports', message: "'yjs': packages/protocol is framework-free: no Yjs" },
  { what: 'protocol importing y-protocols', file: 'packages/protocol/src/probe.ts', code: "export * from 'y-protocols/awareness'", rule: 'sammen/forbidden-imports', message: 'packages/protocol is framework-free: no Yjs' },
  { what: 'protocol importing node:fs', file: 'packages/protocol/src/probe.ts', code: "export { readFileSync } from 'node:fs'", rule: 'sammen/forbidden-imports', message: "'node:fs': packages/protocol is framework-free and runs in browsers: no Node built-ins" },
  { what: 'protocol importing a bare Node built-in', file: 'packages/protocol/src/probe.ts', code: "export { createHash } from 'crypto'", rule: 'sammen/forbidden-imports', message: 'no Node built-ins' },
  { what: 'protocol importing Dexie', file: 'packages/protocol/src/probe.ts', code: "export * from 'dexie'", rule: 'sammen/forbidden-imports', message: 'packages/protocol is framework-free: no storage' },
  { what: 'protocol importing sync', file: 'packages/protocol/src/probe.ts', code: "export * from '@sammen/sync'", rule: 'sammen/forbidden-imports', message: 'packages/protocol is the wire contract' },
  { what: 'protocol using process', file: 'packages/protocol/src/probe.ts', code: 'export const debug = process.env.DEBUG', rule: 'no-restricted-globals', message: "Unexpected use of 'process'. packages/protocol is framework-free" },
  // No UI in any package.
  { what: 'sync importing React', file: 'packages/sync/src/room/probe.ts', code: "export { useEffect } from 'react'", rule: 'sammen/forbidden-imports', message: "'react': packages have no UI: React belongs in apps/web" },
  { what: 'sync importing React lazily', file: 'packages/sync/src/room/probe.ts', code: "export const load = () => import('react-dom')", rule: 'sammen/forbidden-imports', message: "'react-dom': packages have no UI" },
  { what: 'sync importing a React binding', file: 'packages/sync/src/probe.ts', code: "export * from '@tldraw/state-react'", rule: 'sammen/forbidden-imports', message: "'@tldraw/state-react': packages have no UI" },
  { what: 'sync importing the tldraw editor', file: 'packages/sync/src/binding/probe.ts', code: "export type Editor = import('tldraw').Editor", rule: 'sammen/forbidden-imports', message: "'tldraw': packages have no UI: tldraw's editor and UI belong in apps/web" },
  { what: 'a sync test importing React', file: 'packages/sync/src/room/probe.test.ts', code: "export * from 'react'", rule: 'sammen/forbidden-imports', message: 'packages have no UI' },
  // Nothing imports an app, at any depth.
  { what: 'a package importing an app by path', file: 'packages/sync/src/room/probe.ts', code: "export * from '../../../../apps/web/src/App'", rule: 'sammen/workspace-boundaries', message: "'../../../../apps/web/src/App' is apps/web: packages never import an app" },
  { what: 'a package importing an app by name', file: 'packages/journey-shapes/src/probe.ts', code: "export * from '@sammen/server'", rule: 'sammen/workspace-boundaries', message: "'@sammen/server' is apps/server: packages never import an app" },
  { what: 'the server importing web source', file: 'apps/server/src/ws/probe.ts', code: "export * from '../../../web/src/board/BoardPage'", rule: 'sammen/workspace-boundaries', message: "'../../../web/src/board/BoardPage' is apps/web: apps do not import each other" },
  { what: 'the server importing web source from deeper', file: 'apps/server/src/auth/deeper/still/probe.ts', code: "export * from '../../../../../web/src/x'", rule: 'sammen/workspace-boundaries', message: 'is apps/web: apps do not import each other' },
  { what: 'a server test importing web source', file: 'apps/server/test/probe.int.test.ts', code: "export * from '../../web/src/x'", rule: 'sammen/workspace-boundaries', message: 'is apps/web: apps do not import each other' },
  { what: 'web importing the server by name', file: 'apps/web/src/board/probe.ts', code: "export * from '@sammen/server'", rule: 'sammen/workspace-boundaries', message: "'@sammen/server' is apps/server: apps do not import each other" },
  { what: 'e2e importing web source', file: 'e2e/tests/probe.spec.ts', code: "export * from '../../apps/web/src/x'", rule: 'sammen/workspace-boundaries', message: "'../../apps/web/src/x' is apps/web: e2e drives the apps through the browser and the server process, never their source" },
  { what: 'e2e importing web source from deeper', file: 'e2e/support/a/b/probe.ts', code: "export * from '../../../../apps/web/src/x'", rule: 'sammen/workspace-boundaries', message: 'is apps/web: e2e drives the apps' },
  { what: 'e2e importing server source', file: 'e2e/support/probe.ts', code: "import type { Role } from '../../apps/server/src/auth/tokens'\nexport type R = Role", rule: 'sammen/workspace-boundaries', message: "is apps/server: e2e drives the apps" },
  // Packages are imported by name, through their exports.
  { what: 'a deep package import', file: 'apps/web/src/board/probe.ts', code: "export * from '@sammen/sync/src/x'", rule: 'sammen/workspace-boundaries', message: "'@sammen/sync/src/x' is not an entry of @sammen/sync: import '@sammen/sync', or add an entry to packages/sync/package.json exports" },
  { what: 'a deep package import from a package', file: 'packages/sync/src/probe.ts', code: "export * from '@sammen/journey-model/src/journey/journey'", rule: 'sammen/workspace-boundaries', message: 'is not an entry of @sammen/journey-model' },
  { what: 'a package reached by a relative path', file: 'apps/server/src/probe.ts', code: "export * from '../../../packages/protocol/src/index'", rule: 'sammen/workspace-boundaries', message: "reaches into packages/protocol by path: import '@sammen/protocol'" },
  { what: 'a package reaching into another by path', file: 'packages/sync/src/room/probe.ts', code: "export * from '../../../protocol/src/closeCodes'", rule: 'sammen/workspace-boundaries', message: "reaches into packages/protocol by path: import '@sammen/protocol'" },
  { what: 'a package reaching into e2e', file: 'packages/sync/src/probe.ts', code: "export * from '../../../e2e/support/fixtures'", rule: 'sammen/workspace-boundaries', message: 'leaves packages/sync for e2e' },
]

describe('eslint.config.js refuses', () => {
  it.each(forbidden)('$what', async ({ file, code, rule, message }) => {
    const messages = await lint(file, code)
    const fromRule = messages.filter((m) => m.ruleId === rule && m.severity === 2)
    expect(fromRule, describeMessages(messages).join('\n')).toHaveLength(1)
    expect(fromRule[0]!.message).toContain(message)
  })

  it('a forbidden import in every syntax that names a module', async () => {
    const code = [
      "import React from 'react'",
      "import type { FC } from 'react'",
      "export { useMemo } from 'react'",
      "export * as ReactAll from 'react'",
      'export const lazy = () => import(`react`)',
      "export type Root = import('react').ReactNode",
      "export const required: unknown = require('react')",
      'export type Parts = [typeof React, FC]',
    ].join('\n')
    const messages = await lint('packages/sync/src/probe.ts', code)
    const lines = messages.filter((m) => m.ruleId === 'sammen/forbidden-imports').map((m) => m.line)
    expect(lines, describeMessages(messages).join('\n')).toEqual([1, 2, 3, 4, 5, 6, 7])
  })
})

interface Allowed {
  what: string
  file: string
  code: string
}

const allowed: Allowed[] = [
  { what: 'journey-model using zod and its own files', file: 'packages/journey-model/src/journey/probe.ts', code: "export * from 'zod'\nexport * from '../catalogue/agencies'\nexport const bytes = globalThis.crypto.getRandomValues(new Uint8Array(4))" },
  { what: 'a journey-model test using Node', file: 'packages/journey-model/src/journey/probe.test.ts', code: "export { readFileSync } from 'node:fs'" },
  { what: 'journey-shapes using the record-schema level of tldraw', file: 'packages/journey-shapes/src/stepCard/probe.ts', code: "export * from '@tldraw/tlschema'\nexport * from '@tldraw/validate'\nexport * from '@tldraw/store'\nexport * from '@sammen/journey-model'\nexport * from '../board/boardToJourney'" },
  { what: 'protocol using lib0, zod and journey-model', file: 'packages/protocol/src/updates/probe.ts', code: "export * from 'lib0/encoding'\nexport * from 'zod'\nexport * from '@sammen/journey-model'\nexport * from '../closeCodes'" },
  { what: 'a protocol test comparing with Yjs', file: 'packages/protocol/src/updates/probe.test.ts', code: "export * from 'yjs'" },
  { what: 'sync using Yjs, Dexie and tldraw below the editor', file: 'packages/sync/src/room/probe.ts', code: "export * from 'yjs'\nexport * from 'dexie'\nexport * from '@tldraw/state'\nexport * from '@tldraw/utils'\nexport * from '@sammen/protocol'\nexport * from '../storage/boardIndex'" },
  { what: 'web using React, tldraw, packages and its own files', file: 'apps/web/src/board/probe.ts', code: "export * from 'react'\nexport * from 'tldraw'\nexport * from '@sammen/sync'\nexport * from '@sammen/journey-shapes'\nexport * from '../reports/buildReport'" },
  { what: 'a web test using an exported test entry', file: 'apps/web/src/board/probe.test.ts', code: "export * from '@sammen/sync/testing'" },
  { what: 'the server using packages, Node and its own files', file: 'apps/server/src/ws/probe.ts', code: "export * from '@sammen/protocol'\nexport * from 'node:fs'\nexport * from '../auth/owners'\nexport * from '../../package.json'" },
  { what: 'a server test importing server source', file: 'apps/server/test/probe.int.test.ts', code: "export * from '../src/server'\nexport * from '@sammen/sync/testing'" },
  { what: 'e2e using its support and packages', file: 'e2e/tests/probe.spec.ts', code: "export * from '../support/fixtures'\nexport * from '../pages/BoardPage'\nexport * from '@sammen/journey-model'\nexport * from '@playwright/test'" },
]

describe('eslint.config.js accepts', () => {
  it.each(allowed)('$what', async ({ file, code }) => {
    // A probe that no boundary rule looks at would pass for the wrong reason.
    const config = (await eslint.calculateConfigForFile(path.join(repoRoot, file))) as Linter.Config
    expect(config.rules?.['sammen/workspace-boundaries']).toBeDefined()
    expect(describeMessages(await lint(file, code))).toEqual([])
  })
})
