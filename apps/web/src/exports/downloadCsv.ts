import { CSV_MIME_TYPE, toCsv, type CsvTable } from './csv'
import { downloadText } from './downloadFile'
import { exportFileName } from './exportFileName'

/**
 * Downloads one table of a view (the report, the as-is → to-be comparison) as a CSV file named after the board and
 * what the table holds (`bygge-hus-problemer-2026-11-23.csv`); returns the file name for the view to announce.
 */
export function downloadCsvTable(boardTitle: string, what: string, table: CsvTable): string {
  const fileName = exportFileName(boardTitle, what, 'csv')
  downloadText(fileName, toCsv(table), CSV_MIME_TYPE)
  return fileName
}
