import { CSV_MIME_TYPE, toCsv, type CsvTable } from './csv'
import { downloadText } from './downloadFile'
import { exportFileName } from './exportFileName'

/**
 * One table as a CSV download named after what it is from (a board, an agency) and what it holds (`bygge-hus-problemer-2026-11-23.csv`);
 * returns the file name, for the page to announce.
 */
export function downloadCsvTable(source: string, what: string, table: CsvTable): string {
  const fileName = exportFileName(source, what, 'csv')
  downloadText(fileName, toCsv(table), CSV_MIME_TYPE)
  return fileName
}
