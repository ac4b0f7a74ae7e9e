import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import type { BoardRoom } from '@sammen/sync'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { Tldraw, useTldrawUser, type Editor, type TLComponents, type TLStore, type TLUserPreferences } from 'tldraw'
import { getBoardAccess } from '../access/boardAccess'
import { composeShapesLayerAtSteadyZoom } from './shapesLayer'
import { tldrawLocale, useT } from '../i18n'
import { tldrawTranslationOverrides } from '../i18n/tldrawNynorsk'
import { JourneyStylePanel } from '../shapes/CardDetailsPanel'
import { JourneyToolbar, journeyCardOverrides, journeyCardTranslations } from '../shapes/journeyCardsUi'
import { ensureJourneyPages } from '../journeyPages/ensureJourneyPages'
import { BenefitMapHint } from '../journeyPages/BenefitMapHint'
import { AgencyPanels } from '../agencies/AgencyPanels'
import { applyPendingBoardSetup } from '../newBoard/pendingBoardSetup'
import { PainPointPlacement } from '../shapes/painPoint/PainPointPlacement'
import { keepJourneyLinksInPlainFont } from '../shapes/arrowLink/journeyLinkFont'
import { AnnotationLayer } from '../annotations/AnnotationLayer'
import { AnnotationsProvider } from '../room/annotationsRoom'
import { CardPrivacyWarnings } from '../shapes/cardTextPrivacy/CardPrivacyWarnings'
import { registerCardFit } from '../shapes/cardFit/registerCardFit'
import { CardBadges } from '../facilitation/CardBadges'
import { HelperButtons } from '../facilitation/HelperButtons'
import { sammenShapeUtils, sammenTools } from '../shapes/sammenShapes'
import { useAppStore } from '../state/appStore'
import { BoardBanners } from './BoardBanners'
import { BoardRoomContext } from '../room/BoardRoomContext'
import { markFirstViewShown } from '../room/firstViewShown'
import { BoardSharePanel } from './BoardSharePanel'
import { BoardTopBar } from './BoardTopBar'
import { BoardLayoutContext, HeaderSlot, type BoardLayoutTargets } from '../components/boardLayout'
import { BoardCamera } from './BoardCamera'
import { readCardLink } from './cardLink'
import { BoardToastContext, useBoardToast } from './BoardToast'
import { AgencyCursor } from './AgencyCursor'
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
      <BenefitMapHint />
    </>
  )
}

/** The top bar lives in the header row above the canvas, so it never covers the journey. */
function TopBarInHeader() {
  return (
    <HeaderSlot>
      <BoardTopBar />
    </HeaderSlot>
  )
}

// Module-level so tldraw does not remount its panels on every render.
const components: TLComponents = {
  TopPanel: TopBarInHeader,
  SharePanel: BoardSharePanel,
  Toolbar: JourneyToolbar,
  StylePanel: JourneyStylePanel,
  InFrontOfTheCanvas: CanvasOverlays,
  OnTheCanvas: CardBadges,
  HelperButtons,
  CollaboratorCursor: AgencyCursor,
}

/*
 * tldraw treats the camera as at rest once no camera change came for `cameraMovingTimeoutMs` (64 ms by default),
 * measured in animation frames. On a large board a frame of a zoom can take longer than that on a slow machine, so
 * tldraw saw the camera stop between every two frames of one gesture and did its at-rest work each time: the live
 * zoom level written to the canvas, which restyles every element, and the cards' level of detail (issue 12: zoom
 * frames two to four times as long). 200 ms keeps one gesture one gesture; hover and the contextual toolbar come
 * back that much later after a pan.
 *
 * tldraw writes the zoom level to the canvas (`--tl-zoom`, which its selection strokes and text outlines scale by)
 * in every frame of a zoom on a page of up to `debouncedZoomThreshold` shapes, and only at rest above that. The
 * variable is inherited, so each write restyles every element on the canvas: on the 342-shape journey about 3,000
 * elements, 15 to 25 ms a frame on a 2-vCPU machine, the largest part of a zoom frame (issue 12). tldraw's 500 is set
 * for its own shapes; a Sammen card has two to three times the elements of a geo shape, so Sammen switches at 200.
 * Below that a board is small enough to restyle live.
 */
const tldrawOptions = { cameraMovingTimeoutMs: 200, debouncedZoomThreshold: 200 } as const

const licenseKey: string | undefined = import.meta.env.VITE_TLDRAW_LICENSE_KEY || undefined

/** The tldraw canvas for one open room, with Sammen's panels and the person's language, name and colour. */
export function BoardCanvas({ store, room }: { store: TLStore; room: BoardRoom }) {
  const t = useT()
  const language = useAppStore((state) => state.language)
  const person = useAppStore((state) => state.person)
  const status = useRoomStatus(room)
  const presenceUser = presenceUserFor(person, t.person.guest)
  useAutoSnapshots(room, store, presenceUser.name)
  const toast = useBoardToast()
  // `?kort=<shapeId>` as the board opened: the camera shows that card instead of the usual first view.
  const [linkedCardId] = useState(() => readCardLink(location.search))

  useEffect(() => {
    room.setUser(presenceUser)
  }, [room, presenceUser.id, presenceUser.name, presenceUser.color]) // eslint-disable-line react-hooks/exhaustive-deps

  // tldraw's own preferences (dark mode, snapping …) live here for the session; identity and
  // language always come from Sammen's app state so the whole app speaks one language.
  // Tool labels are translated by Sammen, so the overrides follow the language. tldraw has no nynorsk: its
  // most-seen strings are overridden in nynorsk on top of its bokmål. What tldraw looks up by key for our shapes
  // (the status region's shape names) is given in every language tldraw uses for us.
  const overrides = useMemo(
    () => ({ ...journeyCardOverrides(t), translations: tldrawTranslationOverrides(language, journeyCardTranslations(t)) }),
    [t, language],
  )

  // The header and the side column are siblings of tldraw's container (see components/boardLayout.tsx).
  const [header, setHeader] = useState<HTMLElement | null>(null)
  const [side, setSide] = useState<HTMLElement | null>(null)
  const layout = useMemo<BoardLayoutTargets>(() => ({ header, side }), [header, side])
  useSideColumnMark(side)

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
      <BoardToastContext.Provider value={toast}>
      <AnnotationsProvider boardId={room.boardId}>
        <BoardLayoutContext.Provider value={layout}>
        <div className="board-canvas" data-testid="board-canvas">
          <div ref={setHeader} className="board-header" data-testid="board-header" />
          <div className="board-stage" data-testid="board-stage">
          <Tldraw
            store={store}
            user={user}
            assetUrls={assetUrls}
            licenseKey={licenseKey}
            options={tldrawOptions}
            components={components}
            shapeUtils={sammenShapeUtils}
            tools={sammenTools}
            overrides={overrides}
            onMount={(editor) => {
              performance.mark('sammen:editor-mounted')
              // What the first view does not need (the rest of a large board, the cross-tab channel) waits for this.
              markFirstViewShown(room)
              // Before the pending layout below: a card that grows with its text makes its lane grow.
              const stopCardFit = registerCardFit(editor)
              // Viewers and panel members take the board as it is: nothing they write would be accepted.
              if (getBoardAccess().canEdit) {
                nameUntouchedFirstPage(editor, t.board.defaultPageName)
                ensureJourneyPages(editor, t)
                applyPendingBoardSetup(editor, room, t)
              }
              const stopLinkFont = keepJourneyLinksInPlainFont(editor)
              const stopShapesLayer = composeShapesLayerAtSteadyZoom(editor)
              const stopExposing = exposeForTests(editor, room)
              return () => {
                stopLinkFont()
                stopShapesLayer()
                stopExposing()
                stopCardFit()
              }
            }}
          >
            <AgencyPanels boardId={room.boardId} />
            <BoardCamera boardId={room.boardId} linkedCardId={linkedCardId} />
          </Tldraw>
          </div>
          {/* tldraw's theme class: the card details use tldraw's panel colours. Empty (and hidden) with no panel open. */}
          <div ref={setSide} className="board-side tl-theme__light" data-testid="board-side" />
        </div>
        </BoardLayoutContext.Provider>
        <BoardBanners status={status} />
      </AnnotationsProvider>
      </BoardToastContext.Provider>
    </BoardRoomContext.Provider>
  )
}

/**
 * Marks the root while the side column holds a panel (`data-board-side="open"`, board-layout.css), so the canvas
 * makes room for it. Watched here rather than matched with `:root:has(.board-side:not(:empty))`, which made every
 * text measurement of tldraw's two to three times slower (issue 12).
 */
function useSideColumnMark(side: HTMLElement | null) {
  useEffect(() => {
    if (!side) return
    const root = document.documentElement
    const mark = () => {
      if (side.firstChild) root.dataset.boardSide = 'open'
      else delete root.dataset.boardSide
    }
    mark()
    const observer = new MutationObserver(mark)
    observer.observe(side, { childList: true })
    return () => {
      observer.disconnect()
      delete root.dataset.boardSide
    }
  }, [side])
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
