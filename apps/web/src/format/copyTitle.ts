import { MAX_TITLE_LENGTH } from '@sammen/protocol'
import { getDictionary, type Language } from '../i18n'

/**
 * How a board that copies another came to be: opened from a `.sammen` file (the whole board, a copy), laid
 * out from an imported journey file (JSON) on a given day, or made as the to-be journey of an as-is board.
 */
export type CopySource = { kind: 'copy' } | { kind: 'from-file'; at: number } | { kind: 'to-be' }

/** Tries before giving up on a free number: a person never keeps this many copies of one board. */
const MAX_NUMBER = 99

/**
 * The title of a new board copied from one titled `original`, in the person's language: "Bygge hus (kopi)",
 * "Bygge hus (fra fil 6. des.)", "Bygge hus – ønsket". A copy with the same title as its original (or as an earlier copy) cannot be told
 * apart on the start page, so a title this browser already holds gets the next number: "Bygge hus (kopi 2)".
 * A copy of a copy counts on from its original's name instead of stacking "(kopi) (kopi)".
 */
export function copyTitle(original: string, source: CopySource, language: Language, takenTitles: Iterable<string>, untitled: string): string {
  const { copySuffix, fromFileSuffix, toBeSuffix } = getDictionary(language).boardCopy
  const date = source.kind === 'from-file' ? new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' }).format(source.at) : ''
  const suffix = (n: number) => (source.kind === 'copy' ? copySuffix(n) : source.kind === 'to-be' ? toBeSuffix(n) : fromFileSuffix(date, n))
  const base = stripSuffix(original.trim(), suffix) || untitled
  const taken = new Set([...takenTitles].map((title) => title.trim()))
  let candidate = ''
  for (let n = 1; n <= MAX_NUMBER; n++) {
    const end = suffix(n)
    // The server refuses a longer title; shorten the original's part, never the part that says it is a copy.
    candidate = `${base.slice(0, MAX_TITLE_LENGTH - end.length).trimEnd()}${end}`
    if (!taken.has(candidate)) return candidate
  }
  return candidate
}

function stripSuffix(title: string, suffix: (n: number) => string): string {
  for (let n = 1; n <= MAX_NUMBER; n++) {
    const end = suffix(n)
    if (title.endsWith(end)) return title.slice(0, -end.length).trimEnd()
  }
  return title
}
