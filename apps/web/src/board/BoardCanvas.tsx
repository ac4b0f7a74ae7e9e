import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import type { BoardRoom } from '@sammen/sync'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { Tldraw, useTldrawUser, type Editor, type TLComponents, type TLStore, type TLUserPreferences } from 'tldraw'
import { getBoardAccess } from '../access/boardAccess'
import { tldrawLocale, useT } from '../i18n'
import { tldrawTranslationOverrides } from '../i18n/tldrawNynorsk'
import { JourneyStylePanel } from '../shapes/CardDetailsPanel'
import { JourneyToolbar, journeyCardOverrides } from '../shapes/journeyCardsUi'
import { ensureJourneyPages } from '../journeyPages/ensureJourneyPages'
import { AgencyPanels } from '../agencies/AgencyPanels'
import { applyPendingBoardSetup } from '../newBoard/pendingBoardSetup'
import { PainPointPlacement } from '../shapes/painPoint/PainPointPlacement'
import { AnnotationLayer } from '../annotations/AnnotationLayer'
import { AnnotationsProvider } from '../room/annotationsRoom'
import { CardPrivacyWarnings } from '../shapes/cardTextPrivacy/CardPrivacyWarnings'
import { registerCardFit } from '../shapes/cardFit/registerCardFit'
import { CardBadges } from '../facilitation/CardBadges'
import { sammenShapeUtils, sammenTools } from '../shapes/sammenShapes'
import { useAppStore } from '../state/appStore'
import { BoardBanners } from './BoardBanners'
import { BoardRoomContext } from '../room/BoardRoomContext'
import { BoardSharePanel } from './BoardSharePanel'
import { BoardTopBar } from './BoardTopBar'
import { exposeForTests } from './exposeForTests'
import { presenceUserFor, useRoomStatus } from '../room/useBoardRoom'
import { useAutoSnapshots } from '../versions/useAutoSnapshots'

// Fonts, icons and translations are bundled by Vite, so the canvas never calls a CDN
// (and keeps working offline from the service worker's precache).
const assetUrls = getAssetUrlsByImport()

/** tldraw has one InFrontOfTheCanvas slot; each overlay renders nothing until it has something to show. */
function CanvasOverlays() {
  return (
    <>
      <PainPointPlacement />
      <AnnotationLayer />
      <CardPrivacyWarnings />
    </>
  )
}

// Module-level so tldraw does not remount its panels on every render.
const components: TLComponents = {
  TopPanel: BoardTopBar,
  SharePanel: BoardSharePanel,
  Toolbar: JourneyToolbar,
  StylePanel: JourneyStylePanel,
  InFrontOfTheCanvas: CanvasOverlays,
  OnTheCanvas: CardBadges,
}

const licenseKey: string | undefined = import.meta.env.VITE_TLDRAW_LICENSE_KEY || undefined

/** The tldraw canvas for one open room, with Sammen's panels and the person's language, name and colour. */
export function BoardCanvas({ store, room }: { store: TLStore; room: BoardRoom }) {
  const t = useT()
  const language = useAppStore((state) => state.language)
  const person = useAppStore((state) => state.person)
  const status = useRoomStatus(room)
  const presenceUser = presenceUserFor(person, t.person.guest)
  useAutoSnapshots(room, store, presenceUser.name)

  useEffect(() => {
    room.setUser(presenceUser)
  }, [room, presenceUser.id, presenceUser.name, presenceUser.color]) // eslint-disable-line react-hooks/exhaustive-deps

  // tldraw's own preferences (dark mode, snapping …) live here for the session; identity and
  // language always come from Sammen's app state so the whole app speaks one language.
  // Tool labels are translated by Sammen, so the overrides follow the language.
  // tldraw has no nynorsk: its most-seen strings are overridden in nynorsk on top of its bokmål.
  const overrides = useMemo(() => ({ ...journeyCardOverrides(t), translations: tldrawTranslationOverrides(language) }), [t, language])

  const [tldrawPreferences, setTldrawPreferences] = useState<Partial<TLUserPreferences>>({})
  const user = useTldrawUser({
    userPreferences: {
      ...tldrawPreferences,
      id: presenceUser.id,
      name: presenceUser.name,
      color: presenceUser.color,
      locale: tldrawLocale(language),
    },
    setUserPreferences: useCallback((preferences: TLUserPreferences) => {
      const { id: _id, name: _name, color: _color, locale: _locale, ...rest } = preferences
      setTldrawPreferences(rest)
    }, []),
  })

  return (
    <BoardRoomContext.Provider value={room}>
      <AnnotationsProvider boardId={room.boardId}>
        <div className="board-canvas" data-testid="board-canvas">
          <Tldraw
            store={store}
            user={user}
            assetUrls={assetUrls}
            licenseKey={licenseKey}
            components={components}
            shapeUtils={sammenShapeUtils}
            tools={sammenTools}
            overrides={overrides}
            onMount={(editor) => {
              performance.mark('sammen:editor-mounted')
              // Before the pending layout below: a card that grows with its text makes its lane grow.
              const stopCardFit = registerCardFit(editor)
              // Viewers and panel members take the board as it is: nothing they write would be accepted.
              if (getBoardAccess().canEdit) {
                nameUntouchedFirstPage(editor, t.board.defaultPageName)
                ensureJourneyPages(editor, t)
                applyPendingBoardSetup(editor, room, t)
              }
              const stopExposing = exposeForTests(editor, room)
              return () => {
                stopExposing()
                stopCardFit()
              }
            }}
          >
            <AgencyPanels boardId={room.boardId} />
          </Tldraw>
        </div>
        <BoardBanners status={status} />
      </AnnotationsProvider>
    </BoardRoomContext.Provider>
  )
}

/** tldraw names the page it creates for a new board "Page 1"; give it a name in the person's language. */
const TLDRAW_DEFAULT_PAGE_NAME = 'Page 1'
function nameUntouchedFirstPage(editor: Editor, name: string) {
  const pages = editor.getPages()
  const [first] = pages
  if (pages.length !== 1 || !first || first.name !== TLDRAW_DEFAULT_PAGE_NAME || name === first.name) return
  // Not an edit of the person's: keep it out of their undo stack.
  editor.run(() => editor.renamePage(first.id, name), { history: 'ignore' })
}
