// The markdown the README check reads (scripts/readmeReferences.ts): headings and their GitHub anchors, fenced
// blocks, code spans, link targets, table cells, and the names an API table or a ```ts block declares. Only what
// our READMEs use, not a full CommonMark parser.
const IDENTIFIER = /^[A-Za-z_$][\w$]*/

export function headingSlug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

export interface Fence {
  marker: string
  language: string
}

const FENCE = /^\s*(`{3,}|~{3,})\s*([\w+-]*)/
export const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/

/** The anchors of a markdown file's headings (repeated headings get -1, -2 … as on GitHub). */
export function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  let fence: Fence | null = null
  for (const line of text.split('\n')) {
    const change = nextFence(fence, line)
    if (change) fence = change.fence
    if (change || fence !== null) continue
    const heading = HEADING.exec(line)
    if (!heading) continue
    const slug = headingSlug(heading[2]!)
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    anchors.add(count === 0 ? slug : `${slug}-${count}`)
  }
  return anchors
}

/** Opening or closing a fenced code block on this line; null if the line does neither. */
export function nextFence(open: Fence | null, line: string): { fence: Fence | null } | null {
  const match = FENCE.exec(line)
  if (!match) return null
  if (open === null) return { fence: { marker: match[1]!, language: match[2]!.toLowerCase() } }
  if (match[1]!.startsWith(open.marker) && line.trim() === match[1]) return { fence: null }
  return null
}

/** Backticked spans of a line (single or multiple backticks), except in the text of a link to a URL. */
export function codeSpans(line: string): string[] {
  const spans: string[] = []
  const pattern = /(`+)([\s\S]*?[^`])\1(?!`)/g
  const local = line.replace(/\[[^\]]*\]\(\s*<?[a-z][a-z0-9+.-]*:[^)]*\)/gi, '') // [`TLGeoShape.ts`](https://…)
  for (let match = pattern.exec(local); match; match = pattern.exec(local)) spans.push(match[2]!.trim())
  return spans
}

/** Markdown link targets of a line, outside code spans. */
export function linkTargets(line: string): string[] {
  const text = line.replace(/(`+)[\s\S]*?[^`]\1(?!`)/g, '')
  const targets: string[] = []
  const pattern = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) targets.push(match[1]!)
  return targets
}

/** The cells of a table row, split at `|` outside code spans and not escaped. */
export function tableCells(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let ticks = 0
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!
    if (char === '`') {
      let run = 1
      while (line[i + run] === '`') run++
      ticks = ticks === 0 ? run : ticks === run ? 0 : ticks
      cell += line.slice(i, i + run)
      i += run - 1
    } else if (char === '\\' && line[i + 1] === '|') {
      cell += '\\|'
      i++
    } else if (char === '|' && ticks === 0) {
      cells.push(cell)
      cell = ''
    } else {
      cell += char
    }
  }
  cells.push(cell)
  // A row written with outer pipes has an empty first and last piece.
  if (line.trim().startsWith('|')) cells.shift()
  if (line.trim().endsWith('|') && cells.length > 0) cells.pop()
  return cells
}

/** The identifiers a backticked span in an API table names: `name(args)` → name, `ns.*` → ns, `Foo[]` → Foo. */
export function apiIdentifier(span: string): string | null {
  const match = IDENTIFIER.exec(span)
  if (!match) return null
  const rest = span.slice(match[0].length)
  return rest === '' || /^[(<.[]/.test(rest) ? match[0] : null
}

/** Top-level names declared in a ```ts block of an API section (interfaces, types, functions, `name(…)` lines). */
export function declaredNames(lines: string[]): string[] {
  const names: string[] = []
  let depth = 0
  for (const line of lines) {
    if (depth === 0) {
      const declaration =
        /^\s*(?:export\s+)?(?:declare\s+)?(?:async\s+)?(?:interface|type|function|const|let|class|enum|namespace)\s+([A-Za-z_$][\w$]*)/.exec(
          line,
        ) ?? /^\s*([A-Za-z_$][\w$]*)\s*[(<]/.exec(line)
      if (declaration) names.push(declaration[1]!)
    }
    const code = line.replace(/\/\/.*$/, '').replace(/'[^']*'|"[^"]*"/g, '')
    depth = Math.max(0, depth + (code.match(/[{[(]/g)?.length ?? 0) - (code.match(/[}\])]/g)?.length ?? 0))
  }
  return names
}
