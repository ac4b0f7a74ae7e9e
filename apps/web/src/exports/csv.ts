/**
 * CSV for spreadsheets people in Norwegian public agencies actually open: Excel with Norwegian regional settings
 * expects a semicolon between fields (the comma is the decimal separator) and reads UTF-8 only when the file starts
 * with a byte order mark, otherwise "æøå" come out garbled.
 */
export const CSV_SEPARATOR = ';'
export const UTF8_BOM = '\uFEFF'
export const CSV_MIME_TYPE = 'text/csv;charset=utf-8'

export type CsvValue = string | number

/** A table as it goes to a CSV file: one header row, then the data rows (totals included as ordinary rows). */
export interface CsvTable {
  header: readonly CsvValue[]
  rows: readonly (readonly CsvValue[])[]
}

// Quote when a field holds the separator, a quote, a line break, or leading/trailing spaces Excel would trim.
const NEEDS_QUOTES = /[";\r\n,]|^\s|\s$/
// A field starting with these is run as a formula by Excel ("CSV injection"); card text is written by anyone on the board.
const FORMULA_START = /^[=+\-@\t\r]/

/** One field, quoted per RFC 4180 when needed. Text that would start a formula gets a leading apostrophe. */
export function csvField(value: CsvValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The whole file: BOM, header and rows, CRLF line ends (what Excel writes and expects). */
export function toCsv(table: CsvTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvField).join(CSV_SEPARATOR))
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`
}
