import { JOURNEY_FRAME_TYPE } from '@sammen/journey-shapes'
import type { Editor } from 'tldraw'
import { en } from '../i18n/en'
import { nb, type Dictionary } from '../i18n/nb'
import { nn } from '../i18n/nn'
import { planJourneyPages } from './journeyPages'

/** tldraw's name for the first page of a new document. */
const TLDRAW_DEFAULT_PAGE_NAME = 'Page 1'

/** Names of a first page nobody chose: tldraw's and ours in every language (a board is shared across languages). */
const DEFAULT_FIRST_PAGE_NAMES = [TLDRAW_DEFAULT_PAGE_NAME, ...new Set([nb, nn, en].map((dictionary) => dictionary.board.defaultPageName))]

/**
 * Gives a journey board its three pages: the first page is the journey ("Reise"), and the actor map
 * (`page:actors`) and benefit map (`page:benefits`) are added if missing, named in the person's language. Only
 * for boards that are new (nothing on them yet) or hold a journey frame, so a plain whiteboard keeps its pages.
 * Not an edit of the person's: kept out of the undo stack, and the current page stays where it is.
 */
export function ensureJourneyPages(editor: Editor, t: Dictionary): void {
  if (!isNewOrJourneyBoard(editor)) return
  const pages = editor.getPages().map((page) => ({ id: page.id, name: page.name }))
  const plan = planJourneyPages(pages, t.moreCards.pages, DEFAULT_FIRST_PAGE_NAMES)
  if (!plan.renameFirst && plan.create.length === 0) return
  editor.run(
    () => {
      if (plan.renameFirst) editor.renamePage(plan.renameFirst.id, plan.renameFirst.name)
      for (const page of plan.create) {
        // createPage switches to nothing and keeps the current page; a second person's identical record is a no-op.
        if (!editor.getPage(page.id)) editor.createPage(page)
      }
    },
    { history: 'ignore' },
  )
}

function isNewOrJourneyBoard(editor: Editor): boolean {
  const shapes = editor.store.query.records('shape').get()
  return shapes.length === 0 || shapes.some((shape) => shape.type === JOURNEY_FRAME_TYPE)
}
