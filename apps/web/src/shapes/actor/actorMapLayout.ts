import { AGENCY_LEVELS, type Agency, type AgencyLevel } from '@sammen/journey-model'

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface ActorMapGroup {
  level: AgencyLevel
  /** Where the level's label goes, above its cards. */
  label: Box
  cards: (Box & { agencyId: string })[]
}

export interface ActorMapPlan {
  groups: ActorMapGroup[]
  /** "Personen", in the middle of the map. */
  person: Box
}

/** Room for the band, a two-line name, both scales and one line of information needs. */
export const ACTOR_CARD_SIZE = { w: 260, h: 172 }
const CARD_GAP = 24
/** Cards per column in a group before it grows another column, so big groups stay compact blocks. */
const ROWS_PER_COLUMN = 3
const LABEL_H = 44
const GROUP_GAP = 96
/** Between the rows of groups and the person, so relation arrows have room. */
const ROW_GAP = 120
/** The map's top-left corner on the page: a new page's camera starts at the origin, so the map starts in view. */
const ORIGIN = { x: 80, y: 80 }

/**
 * Where the actor cards for a board's agencies go on the actor map: one group per level (stat, fylkeskommune,
 * kommune, privat, frivillig, in that order, empty levels left out), half of the groups in a row above the person
 * and the rest in a row below, so the person is in the middle of everyone who acts on their life event.
 */
export function planActorMap(agencies: readonly Agency[]): ActorMapPlan {
  const { w, h } = ACTOR_CARD_SIZE
  const blocks = AGENCY_LEVELS.flatMap((level) => {
    const members = agencies.filter((agency) => agency.level === level)
    if (members.length === 0) return []
    const columns = Math.ceil(members.length / ROWS_PER_COLUMN)
    const rows = Math.min(members.length, ROWS_PER_COLUMN)
    return [{ level, members, columns, width: columns * w + (columns - 1) * CARD_GAP, height: LABEL_H + rows * h + (rows - 1) * CARD_GAP }]
  })
  const topCount = Math.ceil(blocks.length / 2)
  const rowsOfBlocks = [blocks.slice(0, topCount), blocks.slice(topCount)]
  const rowWidth = (row: typeof blocks) => row.reduce((sum, block) => sum + block.width, 0) + Math.max(0, row.length - 1) * GROUP_GAP
  const rowHeight = (row: typeof blocks) => Math.max(0, ...row.map((block) => block.height))
  const mapWidth = Math.max(w, ...rowsOfBlocks.map(rowWidth))
  const topHeight = rowHeight(rowsOfBlocks[0]!)

  const centreX = ORIGIN.x + mapWidth / 2
  const personY = ORIGIN.y + (topHeight > 0 ? topHeight + ROW_GAP : 0)
  const rowTops = [ORIGIN.y, personY + h + ROW_GAP]
  const groups: ActorMapGroup[] = []
  rowsOfBlocks.forEach((row, rowIndex) => {
    let x = centreX - rowWidth(row) / 2
    // The top row sits on its baseline (its groups end just above the person), the bottom row hangs from its top.
    const rowTop = rowTops[rowIndex]!
    for (const block of row) {
      const top = rowIndex === 0 ? rowTop + topHeight - block.height : rowTop
      const cards = block.members.map((agency, index) => ({
        agencyId: agency.id as string,
        x: x + Math.floor(index / ROWS_PER_COLUMN) * (w + CARD_GAP),
        y: top + LABEL_H + (index % ROWS_PER_COLUMN) * (h + CARD_GAP),
        w,
        h,
      }))
      groups.push({ level: block.level, label: { x, y: top, w: block.width, h: LABEL_H - 8 }, cards })
      x += block.width + GROUP_GAP
    }
  })
  return { groups, person: { x: centreX - w / 2, y: personY, w, h } }
}
