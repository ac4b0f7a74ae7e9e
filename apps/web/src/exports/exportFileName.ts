/**
 * A file name people recognise in their downloads folder: the board's title, what the file holds and the date,
 * e.g. `bygge-hus-problemer-2026-11-23.csv`. Only letters, digits and dashes, so it survives every file system
 * and e-mail client; Norwegian letters are kept (all current systems handle them).
 */
export function exportFileName(title: string, what: string, extension: string, today: Date = new Date()): string {
  const parts = [title, what].map(slug).filter((part) => part !== '')
  // The local calendar day, not UTC: in Norway the UTC date is still yesterday until 01:00 or 02:00.
  const date = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((part) => String(part).padStart(2, '0')).join('-')
  return `${[...parts, date].join('-')}.${extension}`
}

function slug(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}
