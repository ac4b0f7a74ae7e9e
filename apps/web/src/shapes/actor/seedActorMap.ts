import type { Agency } from '@sammen/journey-model'
import { ACTOR_DEFAULT_PROPS, ACTOR_TYPE } from '@sammen/journey-shapes'
import { createShapeId, toRichText, type Editor, type TLShapePartial } from 'tldraw'
import { ACTORS_PAGE_ID } from '../../journeyPages/journeyPages'
import { currentDictionary } from '../currentDictionary'
import { planActorMap } from './actorMapLayout'

/**
 * Lays out the actor map for a board's agencies on `page:actors`: one actor card per agency, grouped by level with
 * a label, and "Personen" (a named actor) in the middle. Only into an empty map (the card sets are never
 * doubled), without changing the page the person is on or starting its own undo step, so a caller's `editor.run`
 * (the new-board flow) makes it part of one undoable layout.
 */
export function seedActorMap(editor: Editor, agencies: readonly Agency[]): void {
  const t = currentDictionary()
  if (!editor.getPage(ACTORS_PAGE_ID)) editor.createPage({ id: ACTORS_PAGE_ID, name: t.moreCards.pages.actors })
  if (editor.getSortedChildIdsForParent(ACTORS_PAGE_ID).length > 0) return

  const plan = planActorMap(agencies)
  const shapes: TLShapePartial[] = []
  for (const group of plan.groups) {
    shapes.push({
      id: createShapeId(),
      type: 'text',
      parentId: ACTORS_PAGE_ID,
      x: group.label.x,
      y: group.label.y,
      props: { richText: toRichText(t.moreCards.actorMapLevels[group.level]), size: 'm', font: 'sans', color: 'grey', autoSize: true },
    })
    for (const card of group.cards) {
      shapes.push({
        id: createShapeId(),
        type: ACTOR_TYPE,
        parentId: ACTORS_PAGE_ID,
        x: card.x,
        y: card.y,
        props: { ...ACTOR_DEFAULT_PROPS, w: card.w, h: card.h, agencyId: card.agencyId },
      })
    }
  }
  // The person cares a great deal and has little say: the starting point a workshop then discusses.
  shapes.push({
    id: createShapeId(),
    type: ACTOR_TYPE,
    parentId: ACTORS_PAGE_ID,
    x: plan.person.x,
    y: plan.person.y,
    props: { ...ACTOR_DEFAULT_PROPS, w: plan.person.w, h: plan.person.h, name: t.moreCards.person, interest: 'stor', influence: 'liten' },
  })
  editor.createShapes(shapes)
}
