import { boardToJourney } from '@sammen/journey-shapes'
import type { Editor, TLShapeId } from 'tldraw'
import { downloadBlob, downloadText } from './downloadFile'
import { exportFileName } from './exportFileName'
import { buildBoardJourneyFile, journeyFileText, JOURNEY_FILE_EXTENSION, JOURNEY_FILE_MIME_TYPE, type JourneyFileGaps } from './journeyFile'

export type ImageFormat = 'png' | 'svg'

export type ExportOutcome =
  | { ok: true; fileName: string; leftOut: JourneyFileGaps }
  | { ok: false; reason: 'empty-page' | 'image-failed' | 'journey-invalid' }

export interface ExportNames {
  board: string
  selection: string
  journey: string
}

/** The selection when there is one (what people expect from "export"), else everything on the current page. */
function shapesToExport(editor: Editor): { ids: TLShapeId[]; isSelection: boolean } {
  const selected = editor.getSelectedShapeIds()
  if (selected.length > 0) return { ids: [...selected], isSelection: true }
  return { ids: [...editor.getCurrentPageShapeIds()], isSelection: false }
}

const NOTHING_LEFT_OUT: JourneyFileGaps = { cards: 0, mismatched: 0 }

const EXPORT_PADDING = 32
/**
 * The most pixels a PNG gets (40 million: a 10 × 8 journey of 300 cards at about 1×). Twice the pixels make a
 * normal board sharp on any screen; for a wall-sized journey they would make a 140-megapixel image that takes
 * seconds to encode and that few programs open.
 */
export const MAX_PNG_PIXELS = 40_000_000

/** Twice the page's pixels, or fewer for a large export so that it stays within MAX_PNG_PIXELS. */
export function pngPixelRatio(width: number, height: number): number {
  const area = Math.max(1, width * height)
  return Math.min(2, Math.sqrt(MAX_PNG_PIXELS / area))
}

/** PNG or SVG of the selection or page, with the background, through tldraw's own exporter. */
export async function exportImage(editor: Editor, format: ImageFormat, title: string, names: ExportNames): Promise<ExportOutcome> {
  const { ids, isSelection } = shapesToExport(editor)
  if (ids.length === 0) return { ok: false, reason: 'empty-page' }
  try {
    const bounds = editor.getShapesPageBounds(ids)
    const pixelRatio = bounds ? pngPixelRatio(bounds.w + 2 * EXPORT_PADDING, bounds.h + 2 * EXPORT_PADDING) : 2
    const { blob } = await editor.toImage(ids, { format, background: true, padding: EXPORT_PADDING, ...(format === 'png' ? { pixelRatio } : {}) })
    const what = isSelection ? names.selection : editor.getCurrentPage().name || names.board
    const fileName = exportFileName(title, what, format)
    downloadBlob(fileName, blob)
    return { ok: true, fileName, leftOut: NOTHING_LEFT_OUT }
  } catch (error) {
    console.error('Image export failed', error)
    return { ok: false, reason: 'image-failed' }
  }
}

/** The whole board's journey (every page), checked with journey-model's schema before it is written. */
export function exportJourneyJson(editor: Editor, title: string, names: ExportNames): ExportOutcome {
  const board = boardToJourney(editor.store.allRecords())
  let built: ReturnType<typeof buildBoardJourneyFile>
  try {
    built = buildBoardJourneyFile(board)
  } catch (error) {
    console.error('Journey export failed validation', error)
    return { ok: false, reason: 'journey-invalid' }
  }
  const fileName = exportFileName(title || board.journey.lifeEvent.name, names.journey, JOURNEY_FILE_EXTENSION)
  downloadText(fileName, journeyFileText(built.file), JOURNEY_FILE_MIME_TYPE)
  return { ok: true, fileName, leftOut: built.gaps }
}
