import { agencyIdsOnBoard, readBoardJourneyMeta } from '@sammen/journey-shapes'
import type { Editor } from 'tldraw'
import { agencyDisplay, boardAgenciesOf } from '../../shapes/agencyDisplay'

/** The paper a poster is printed on, landscape: a journey is wider than it is tall. */
export type PosterSize = 'a3' | 'a0'

/** The paper in millimetres (CSS knows "A3" by name but not "A0", so `@page` gets the size itself). */
export const POSTER_PAGE: Record<PosterSize, { widthMm: number; heightMm: number }> = {
  a3: { widthMm: 420, heightMm: 297 },
  a0: { widthMm: 1189, heightMm: 841 },
}

export interface PosterLegendEntry {
  id: string
  name: string
  colour: string
}

export interface PosterContent {
  /** The journey as drawn on the current page (cards, frame, arrows), in SVG. */
  svg: SVGSVGElement
  title: string
  /** The life event and the person's situation, where the board has them. */
  subtitle: string
  /** Every agency a card on the page names, with the colour the cards have. */
  legend: PosterLegendEntry[]
}

/** What the poster shows: the whole current page (a selection does not narrow it), its title, its agencies. */
export async function posterContent(editor: Editor, title: string): Promise<PosterContent | null> {
  const shapes = editor.getCurrentPageShapes()
  if (shapes.length === 0) return null
  const exported = await editor.getSvgElement(
    shapes.map((shape) => shape.id),
    { background: true, padding: 24 },
  )
  if (!exported) return null
  const meta = readBoardJourneyMeta(editor.getDocumentSettings().meta)
  const subtitle = [meta.lifeEvent?.name, meta.situation.trim()].filter((part): part is string => Boolean(part) && part !== title).join(' · ')
  const boardAgencies = boardAgenciesOf(editor)
  const legend = agencyIdsOnBoard(shapes).flatMap((id) => {
    const agency = agencyDisplay(id, boardAgencies)
    return agency ? [{ id, name: agency.name, colour: agency.colour }] : []
  })
  return { svg: exported.svg, title, subtitle, legend }
}
