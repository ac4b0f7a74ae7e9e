// Where an item sits in a Sammen document's layout (PROTOCOL.md, "Document layout"): a root's entry, a field of a
// record's log, or somewhere no Sammen document has room for. Read from the document's own items here; the guard
// resolves the update's new items the same way.
import type { ParsedStruct } from '@sammen/protocol'
import * as Y from 'yjs'

/** Where an item lives in the document layout. */
export type Placement =
  /** Its parent is gone (collected, or not a type): Yjs turns the item into a collected range. */
  | { where: 'void' }
  /** Directly under a root: a map entry (`key`) or, wrongly, a list element (`key` null). */
  | { where: 'entry'; root: string; key: string | null }
  /** Inside the value of a root's entry: a record's field log. */
  | { where: 'field'; root: string; entryKey: string | null }
  /** Anywhere deeper: no Sammen document has such places. */
  | { where: 'deeper'; root: string }

export function isGap(struct: Y.Item | Y.GC | ParsedStruct | undefined): boolean {
  return struct instanceof Y.GC || (struct !== undefined && !(struct instanceof Y.Item) && struct.kind !== 'item')
}

/** Placement of an existing item of the document. */
export function docItemPlacement(item: Y.Item): Placement {
  const parent: unknown = item.parent
  return parent instanceof Y.AbstractType ? childPlacement(parent, item.parentSub) : { where: 'void' }
}

/** Placement of a child of `type` under `key`. */
export function childPlacement(type: Y.AbstractType<unknown>, key: string | null): Placement {
  const holder = type._item
  if (holder === null) {
    const root = rootKeyOf(type)
    return root === null ? { where: 'void' } : { where: 'entry', root, key }
  }
  return nestedIn(docItemPlacement(holder))
}

/** Placement of the children of a type whose own item has `outer` placement. */
export function nestedIn(outer: Placement): Placement {
  switch (outer.where) {
    case 'void':
      return outer
    case 'entry':
      return { where: 'field', root: outer.root, entryKey: outer.key }
    default:
      return { where: 'deeper', root: outer.root }
  }
}

function rootKeyOf(type: Y.AbstractType<unknown>): string | null {
  try {
    return Y.findRootTypeKey(type)
  } catch {
    return null
  }
}

