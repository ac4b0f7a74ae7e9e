import type { TLRecord, TLShape } from '@tldraw/tlschema'
import { readBoardJourneyMeta, type BoardJourneyMeta } from './boardJourneyMeta'
import { richTextToPlain } from './richTextToPlain'

type Binding = Extract<TLRecord, { typeName: 'binding' }>

/** Two shapes an arrow joins, `a` of the first type asked for and `b` of the second, whichever end each is at. */
export interface LinkedPair {
  arrow: TLShape
  a: string
  b: string
}

/**
 * A board's records, indexed once for the shapes' readers: shapes by id and type, the board's own facts, and the
 * arrows bound at both ends. Read-only and shape-agnostic (shape folders build on it, never the other way round);
 * what the readers make goes into the {@link JourneyDraft}.
 */
export class BoardReading {
  readonly shapes = new Map<string, TLShape>()
  readonly meta: BoardJourneyMeta
  readonly title: string
  private readonly byType = new Map<string, TLShape[]>()
  /** Arrow id → the shapes its start and end are bound to. */
  private readonly arrowEnds = new Map<string, { start?: string; end?: string }>()

  constructor(records: Iterable<TLRecord>) {
    const bindings: Binding[] = []
    let documentMeta: unknown = {}
    let title = ''
    for (const record of records) {
      if (record.typeName === 'shape') {
        this.shapes.set(record.id, record)
        const ofType = this.byType.get(record.type)
        if (ofType) ofType.push(record)
        else this.byType.set(record.type, [record])
      } else if (record.typeName === 'binding') bindings.push(record)
      else if (record.typeName === 'document') {
        documentMeta = record.meta
        title = record.name
      }
    }
    this.meta = readBoardJourneyMeta(documentMeta)
    this.title = title
    for (const binding of bindings) {
      if (binding.type !== 'arrow') continue
      const terminal = (binding.props as { terminal?: unknown }).terminal
      if (terminal !== 'start' && terminal !== 'end') continue
      const ends = this.arrowEnds.get(binding.fromId) ?? {}
      ends[terminal] = binding.toId
      this.arrowEnds.set(binding.fromId, ends)
    }
  }

  /** The shapes of one type, in the order the records came. */
  ofType<Type extends TLShape['type']>(type: Type): TLShape<Type>[] {
    return [...((this.byType.get(type) ?? []) as TLShape<Type>[])]
  }

  /** Arrows bound at both ends to a shape of `typeA` and one of `typeB`, in either direction. */
  linkedPairs(typeA: string, typeB: string): LinkedPair[] {
    const typeOf = (id: string | undefined) => (id ? this.shapes.get(id)?.type : undefined)
    const pairs: LinkedPair[] = []
    for (const [arrowId, { start, end }] of this.arrowEnds) {
      const arrow = this.shapes.get(arrowId)
      if (!arrow || !start || !end) continue
      if (typeOf(start) === typeA && typeOf(end) === typeB) pairs.push({ arrow, a: start, b: end })
      else if (typeOf(start) === typeB && typeOf(end) === typeA) pairs.push({ arrow, a: end, b: start })
    }
    return pairs
  }

  /** An arrow's label as plain text. */
  arrowText(arrow: TLShape): string {
    return richTextToPlain((arrow.props as { richText?: unknown }).richText)
  }
}
