// What a package exports, for the README check (scripts/readmeReferences.ts): its entries from package.json
// `exports`, and the names each entry exports as the TypeScript checker sees them (`export *` chains and type-only
// exports included).
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export interface PackageInfo {
  root: string
  name: string | null
  /** Entry subpath ('.', './testing') → absolute file. */
  entries: Map<string, string>
}

export function readPackage(root: string): PackageInfo {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    name?: string
    exports?: unknown
  }
  const entries = new Map<string, string>()
  const fileOf = (target: unknown): string | null => {
    if (typeof target === 'string') return target
    if (target && typeof target === 'object') {
      const conditions = target as Record<string, unknown>
      for (const key of ['types', 'import', 'default', ...Object.keys(conditions)]) {
        const file = fileOf(conditions[key])
        if (file !== null) return file
      }
    }
    return null
  }
  const exportsField = manifest.exports
  if (typeof exportsField === 'string') entries.set('.', path.resolve(root, exportsField))
  else if (exportsField && typeof exportsField === 'object') {
    const keys = Object.keys(exportsField)
    if (keys.some((key) => key.startsWith('.'))) {
      for (const [subpath, target] of Object.entries(exportsField)) {
        const file = fileOf(target)
        if (file !== null) entries.set(subpath, path.resolve(root, file))
      }
    } else {
      const file = fileOf(exportsField)
      if (file !== null) entries.set('.', path.resolve(root, file))
    }
  }
  return { root, name: manifest.name ?? null, entries }
}

/** Export names of entry files, read with the TypeScript checker (one program for all of them). */
export class ExportReader {
  private readonly cache = new Map<string, Set<string> | null>()
  private program: ts.Program | null = null

  constructor(private readonly entryFiles: () => string[]) {}

  /** null if the file does not exist or is not a module. */
  exportsOf(file: string): Set<string> | null {
    if (!this.cache.has(file)) this.cache.set(file, this.read(file))
    return this.cache.get(file)!
  }

  private read(file: string): Set<string> | null {
    if (!fs.existsSync(file)) return null
    if (this.program === null || !this.program.getSourceFile(file)) {
      const roots = [...new Set([...this.entryFiles(), file])].filter((entry) => fs.existsSync(entry))
      this.program = ts.createProgram(roots, {
        noEmit: true,
        skipLibCheck: true,
        allowJs: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        jsx: ts.JsxEmit.ReactJSX,
        resolveJsonModule: true,
      })
    }
    const checker = this.program.getTypeChecker()
    const source = this.program.getSourceFile(file)
    const symbol = source && checker.getSymbolAtLocation(source)
    if (!symbol) return source ? new Set() : null
    return new Set(checker.getExportsOfModule(symbol).map((exported) => exported.name))
  }
}
