import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { AgencyPage } from '../pages/AgencyPage'
import { e2ePath, InviteDialog } from '../pages/InviteDialog'
import { LibraryPage } from '../pages/LibraryPage'
import { seriousViolations } from '../support/axe'
import { expect, test, type Person } from '../support/fixtures'

/*
 * Issue 14: the library of journeys across life events and an agency's page across them.
 *
 * Two boards from templates through "Ny tavle", with every agency the template suggests:
 * - "Bygge hus" (packages/journey-model/src/templates/byggeHus.ts): 11 steps, 5 pain points, 5 handoffs of which the
 *   person carries 4 (bank → husbanken, kommunen → ansvarlig-søker, statens-vegvesen → ansvarlig-søker,
 *   kommunen → folkeregisteret).
 * - "Miste og finne jobb" (misteOgFinneJobb.ts): 11 steps, 5 pain points, 5 handoffs, all 5 carried by the person.
 * They share the agency "bank" (Banken) and the information item "inntekt", which the person carries in both:
 * bygge-hus' handoff finansiering (bank) → startlan (husbanken) carries "inntekt, gjeld, svar fra banken", and
 * miste-og-finne-jobb's dagpenger (nav) → bank carries "vedtak om dagpenger, inntekt".
 *
 * Bank's page across the two, worked out from the templates:
 * - boards: both (bank is one of each template's agencies);
 * - pain points bank owns: 1, "Må dokumentere inntektsfallet på nytt for banken" (miste-og-finne-jobb, severity 2);
 *   bygge-hus' pain point about the bank ("Banken og Husbanken vil ha den samme dokumentasjonen …") is owned by
 *   husbanken;
 * - handoffs from or to bank: 2, both carried by the person (kasteball 2): from bank to husbanken (bygge-hus) and
 *   to bank from nav (miste-og-finne-jobb);
 * - once-only candidates: 1, "inntekt", carried 2 times in 2 life events ("vedtak om dagpenger", "gjeld" and
 *   "svar fra banken" are carried in one life event only).
 */
const BYGGE_HUS = { title: 'Bygge hus', lifeEvent: 'Bygge hus', steps: 11, painPoints: 5, kasteball: 4 }
const MISTE_JOBB = { title: 'Miste og finne jobb', lifeEvent: 'Miste og finne jobb', steps: 11, painPoints: 5, kasteball: 5 }
const BANK_PAIN_POINT = 'Må dokumentere inntektsfallet på nytt for banken'
const AVDRAGSFRIHET = 'Ber banken om avdragsfrihet på boliglånet'

/** "Ny tavle" → a template with its suggested agencies → "Lag tavla"; returns the new board's id. */
async function boardFromTemplate(person: Person, template: string): Promise<string> {
  await person.newBoard.open()
  await person.newBoard.template(template).check()
  await person.newBoard.createButton.click()
  await person.board.waitUntilReady()
  await expect.poll(async () => (await person.board.cardProps('step-card')).length).toBeGreaterThan(5)
  await person.board.expectSynced()
  return new URL(person.page.url()).pathname.split('/')[2]!
}

/**
 * What makes the page wider than the window (a narrow phone must not scroll sideways): empty when the page fits,
 * else the elements reaching past the right edge, for the failure message.
 */
async function sticksOut(person: Person): Promise<string[]> {
  return person.page.evaluate(() => {
    const width = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth <= width) return []
    const offenders = Array.from(document.querySelectorAll('body *'))
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
    return [`page ${document.documentElement.scrollWidth} px wide in ${width} px`, ...offenders.slice(0, 10)]
  })
}

test.describe('the library across life events', () => {
  test('two template boards sharing an agency: library, agency page, once-only, search into a card, offline', async ({ server, newPerson }) => {
    const kari = await newPerson('Kari Fasilitator', '#1f6fd1', { agencyId: 'nav' })
    const house = await boardFromTemplate(kari, 'Bygge hus')
    const job = await boardFromTemplate(kari, 'Miste og finne jobb')
    // Offline later needs the app precached: the service worker controls the page once it is ready.
    await kari.page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })

    // The library lists both, from the server, with the template's counts.
    // The size the screens are judged at.
    await kari.page.setViewportSize({ width: 1280, height: 720 })
    const library = new LibraryPage(kari.page)
    await library.openFromStart()
    await expect(library.boards).toHaveCount(2)
    await expect(library.status.getByTestId('library-status-server')).toHaveText('2 tavler fra serveren')
    await library.reloadUntil(async () => {
      const byId = new Map((await library.boardSummaries()).map((summary) => [summary.boardId, summary]))
      for (const [boardId, expected] of [
        [house, BYGGE_HUS],
        [job, MISTE_JOBB],
      ] as const) {
        expect(byId.get(boardId)).toMatchObject({ ...expected, source: 'server', stage: 'as-is' })
        expect(byId.get(boardId)?.agencyIds).toContain('bank')
      }
    })
    await expect(library.board(house).getByTestId('library-source')).toHaveText('Fra serveren')
    expect(await seriousViolations(kari.page)).toEqual([])
    await kari.page.screenshot({ path: '/tmp/library-1280.png', fullPage: true })

    // Filters go into the address, so a link keeps them.
    await library.lifeEventFilter.selectOption({ label: 'Bygge hus' })
    await expect(library.boards).toHaveCount(1)
    await expect(library.board(house)).toBeVisible()
    expect(new URL(kari.page.url()).searchParams.get('livshendelse')).toBe('bygge-hus')
    await kari.page.reload()
    await library.waitUntilLoaded()
    await expect(library.lifeEventFilter).toHaveValue('bygge-hus')
    await expect(library.boards).toHaveCount(1)
    await library.lifeEventFilter.selectOption('')
    await library.agencyFilter.selectOption('husbanken')
    await expect(library.boards).toHaveCount(1)
    await library.agencyFilter.selectOption('bank')
    await expect(library.boards).toHaveCount(2)
    await library.textFilter.fill('jobb')
    await expect(library.boards).toHaveCount(1)
    await library.textFilter.fill('ingen slik tavle')
    await expect(library.noMatch).toBeVisible()
    await kari.page.getByTestId('library-filters-clear').click()
    await expect(library.boards).toHaveCount(2)
    await expect(library.lifeEventFilter).toBeFocused()

    // Bank's page, from the agency chip on a board.
    await library.agencyLink(house, 'bank').click()
    const bank = new AgencyPage(kari.page)
    await bank.waitUntilShown()
    expect(new URL(kari.page.url()).pathname).toBe('/etat/bank')
    await expect(bank.source).toHaveAttribute('data-source', 'server')
    expect(await bank.boardIds()).toEqual([house, job].sort())
    expect(await bank.painPoints()).toEqual([{ boardId: job, shapeId: expect.stringMatching(/^shape:/), severity: 2, text: BANK_PAIN_POINT }])
    expect((await bank.handoffs()).sort((a, b) => a.direction.localeCompare(b.direction))).toEqual([
      { boardId: house, direction: 'from', otherAgency: 'husbanken', carriedBy: 'personen' },
      { boardId: job, direction: 'to', otherAgency: 'nav', carriedBy: 'personen' },
    ])
    await expect(bank.kasteballCount).toHaveAttribute('data-count', '2')
    await expect(bank.kasteballCount).toHaveAttribute('data-total', '2')
    expect(await bank.onceOnly()).toEqual([{ information: 'inntekt', count: 2, lifeEvents: 2 }])
    expect(await bank.summary('pain-points')).toBe(1)
    expect(await bank.summary('kasteball')).toBe(2)
    expect(await seriousViolations(kari.page)).toEqual([])
    await kari.page.screenshot({ path: '/tmp/agency-bank-1280.png', fullPage: true })

    // CSV of the once-only list, as Excel wants it; and the printed page without the header and buttons.
    const csv = await bank.downloadCsv('agency-once-only')
    expect(csv.suggestedFilename()).toMatch(/^banken-kun-en-gang-\d{4}-\d{2}-\d{2}\.csv$/)
    const csvText = readFileSync((await csv.path())!, 'utf8')
    expect(csvText.startsWith('\uFEFFInformasjon;Antall ganger;Livshendelser;Tavler\r\n')).toBe(true)
    expect(csvText).toContain('inntekt;2;')
    await kari.page.emulateMedia({ media: 'print' })
    await expect(kari.page.locator('.library-frame__header')).toBeHidden()
    await expect(bank.printButton).toBeHidden()
    await kari.page.pdf({ path: '/tmp/agency-bank.pdf', format: 'A4' })
    await kari.page.emulateMedia({ media: 'screen' })

    // The pain point's link opens its board with the card selected and in view.
    await kari.page.getByTestId('agency-pain-point').getByTestId('agency-card-link').click()
    await kari.board.waitUntilReady()
    await expect.poll(async () => (await kari.board.selection()).ids).toHaveLength(1)
    const painPointSelection = await kari.board.selection()
    expect(painPointSelection.inView).toBe(true)
    expect(await kari.page.evaluate((id) => window.__sammenEditor!.getShape(id)?.props.text, painPointSelection.ids[0]!)).toBe(BANK_PAIN_POINT)
    expect(new URL(kari.page.url()).searchParams.has('kort')).toBe(false)

    // Card search across the boards, by keyboard: hits grouped by board, the words marked.
    await library.openFromStart()
    for (let presses = 0; presses < 20 && !(await library.searchInput.evaluate((input) => input === document.activeElement)); presses++) {
      await kari.page.keyboard.press('Tab')
    }
    await expect(library.searchInput).toBeFocused()
    await kari.page.keyboard.type('inntekt')
    await kari.page.keyboard.press('Enter')
    await expect(library.searchCount).toHaveAttribute('data-total', /\d+/)
    const groups = kari.page.getByTestId('library-hit-group')
    expect((await groups.evaluateAll((items) => items.map((item) => item.getAttribute('data-board-id')))).sort()).toEqual([house, job].sort())
    expect(new Set((await library.markedWords()).map((word) => word.toLowerCase()))).toEqual(new Set(['inntekt']))
    expect(await seriousViolations(kari.page)).toEqual([])
    await kari.page.screenshot({ path: '/tmp/library-search-1280.png', fullPage: true })

    // "avdragsfri" (without the Norwegian letters the search folds anyway) finds the one step; Enter on it opens it.
    await library.search('avdragsfri')
    await expect(library.hits).toHaveCount(1)
    const hitShapeId = (await library.hits.first().getAttribute('data-shape-id'))!
    await expect(library.hits.first()).toHaveAttribute('data-card-type', 'step-card')
    expect(await library.markedWords()).toEqual(['avdragsfri'])
    await library.hits.first().getByTestId('library-hit-link').focus()
    await kari.page.keyboard.press('Enter')
    await kari.board.waitUntilReady()
    expect(new URL(kari.page.url()).pathname).toBe(`/b/${job}`)
    await expect.poll(async () => (await kari.board.selection()).ids).toEqual([hitShapeId])
    expect((await kari.board.selection()).inView).toBe(true)
    expect(await kari.page.evaluate((id) => window.__sammenEditor!.getShape(id)?.props.text, hitShapeId)).toBe(AVDRAGSFRIHET)
    await kari.page.screenshot({ path: '/tmp/library-card-opened.png' })

    // A link to a card that is not there: the board opens, and says so politely.
    await kari.page.goto(`/b/${job}?e2e&kort=shape:finnes-ikke`)
    await kari.board.waitUntilReady()
    await expect(kari.page.getByTestId('board-toast-message')).toHaveText('Fant ikke kortet fra lenken på denne tavla. Det kan være slettet.')
    expect((await kari.board.selection()).ids).toEqual([])

    // A narrow window: no sideways scrolling on the library or the agency page.
    await kari.page.setViewportSize({ width: 390, height: 844 })
    await library.openFromStart()
    expect(await sticksOut(kari)).toEqual([])
    await kari.page.screenshot({ path: '/tmp/library-390.png', fullPage: true })
    await library.agencyLink(job, 'bank').click()
    await bank.waitUntilShown()
    expect(await sticksOut(kari)).toEqual([])
    await kari.page.screenshot({ path: '/tmp/agency-bank-390.png', fullPage: true })
    await kari.page.setViewportSize({ width: 1280, height: 720 })

    // Offline: the library and the agency page from the boards this browser holds, and they say so.
    await server.stop()
    await kari.context.setOffline(true)
    await library.openFromStart()
    await expect(library.serverProblem).toHaveAttribute('data-problem', 'unreachable')
    await expect(library.status.getByTestId('library-status-local')).toHaveText('2 tavler bare i denne nettleseren')
    const offline = await library.boardSummaries()
    expect(offline.map(({ boardId, source, steps, painPoints, kasteball }) => ({ boardId, source, steps, painPoints, kasteball })).sort((a, b) => a.boardId.localeCompare(b.boardId))).toEqual(
      [
        { boardId: house, source: 'local', steps: BYGGE_HUS.steps, painPoints: BYGGE_HUS.painPoints, kasteball: BYGGE_HUS.kasteball },
        { boardId: job, source: 'local', steps: MISTE_JOBB.steps, painPoints: MISTE_JOBB.painPoints, kasteball: MISTE_JOBB.kasteball },
      ].sort((a, b) => a.boardId.localeCompare(b.boardId)),
    )
    await kari.page.screenshot({ path: '/tmp/library-offline.png', fullPage: true })
    await library.search('avdragsfri')
    await expect(library.hits).toHaveCount(1)
    await expect(kari.page.getByTestId('library-hit-group').getByTestId('library-source')).toHaveText('Bare i denne nettleseren')
    await library.agencyLink(house, 'bank').click()
    await bank.waitUntilShown()
    await expect(bank.source).toHaveAttribute('data-source', 'local')
    await expect(bank.source).toContainText('Fikk ikke kontakt med serveren')
    expect(await bank.painPoints()).toHaveLength(1)
    await expect(bank.kasteballCount).toHaveAttribute('data-count', '2')
    expect(await bank.onceOnly()).toEqual([{ information: 'inntekt', count: 2, lifeEvents: 2 }])
    expect(await seriousViolations(kari.page)).toEqual([])
    await kari.page.screenshot({ path: '/tmp/agency-bank-offline.png', fullPage: true })
    await kari.context.setOffline(false)
    await server.start()
  })

  test('a to-be board is listed with its as-is board, each linking to the other', async ({ newPerson }) => {
    const kari = await newPerson('Kari Fasilitator', '#1f6fd1', { agencyId: 'nav' })
    const asIs = await boardFromTemplate(kari, 'Bygge hus')
    const toBe = await boardFromTemplate(kari, 'Bygge hus')
    // Making a to-be board is another part of issue 14; here the two links it writes (journey-shapes' boardStage.ts:
    // `sammenStage` on the to-be board, `sammenToBe:<id>` on the as-is board) are written through the editor.
    await kari.board.rename('Bygge hus – ønsket')
    await kari.page.evaluate((asIsBoardId) => {
      const editor = window.__sammenEditor!
      editor.updateDocumentSettings({ meta: { ...editor.getDocumentSettings().meta, sammenStage: { stage: 'to-be', asIsBoardId } } })
    }, asIs)
    await kari.board.expectSynced()
    await kari.board.goto(asIs)
    await kari.page.evaluate((toBeBoardId) => {
      const editor = window.__sammenEditor!
      editor.updateDocumentSettings({ meta: { ...editor.getDocumentSettings().meta, [`sammenToBe:${toBeBoardId}`]: { createdAt: Date.now() } } })
    }, toBe)
    await kari.board.expectSynced()

    const library = new LibraryPage(kari.page)
    await library.openFromStart()
    // The server's index reads a changed board within a couple of seconds; until then the pair is not known.
    await library.reloadUntil(() => expect(kari.page.getByTestId('library-group')).toHaveCount(1, { timeout: 1000 }))
    const group = kari.page.getByTestId('library-group')
    await expect(group).toHaveAttribute('data-board-id', asIs)
    await expect(group.locator(`[data-testid="library-board"][data-board-id="${asIs}"]`)).toHaveAttribute('data-stage', 'as-is')
    const toBeCard = group.locator(`[data-testid="library-board"][data-board-id="${toBe}"]`)
    await expect(toBeCard).toHaveAttribute('data-stage', 'to-be')
    await expect(toBeCard.getByText('Ønsket reise', { exact: true })).toBeVisible()
    await expect(toBeCard.getByRole('link', { name: 'Nåværende reise: Bygge hus' })).toHaveAttribute('href', `/b/${asIs}`)
    await expect(group.getByRole('heading', { name: 'Ønsket reise laget fra denne' })).toBeVisible()
    expect(await seriousViolations(kari.page)).toEqual([])
    await kari.page.screenshot({ path: '/tmp/library-pair.png', fullPage: true })
  })

  test('an unknown agency says so and leads back to the library; an empty library leads to "Ny tavle"', async ({ newPerson }) => {
    const ola = await newPerson('Ola')
    const library = new LibraryPage(ola.page)
    await library.openFromStart()
    await expect(library.empty).toBeVisible()
    await expect(library.empty.getByRole('link', { name: 'Ny tavle' })).toHaveAttribute('href', '/ny')
    expect(await seriousViolations(ola.page)).toEqual([])
    await ola.page.screenshot({ path: '/tmp/library-empty.png', fullPage: true })

    await ola.page.goto('/etat/egen-finnes-ikke')
    const agency = new AgencyPage(ola.page)
    await expect(agency.notFound).toBeVisible()
    await expect(agency.notFound).toHaveAttribute('data-reason', 'unknown')
    await expect(ola.page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke etaten')
    expect(await seriousViolations(ola.page)).toEqual([])
    await ola.page.screenshot({ path: '/tmp/agency-not-found.png', fullPage: true })
    await agency.notFound.getByRole('link', { name: 'Til biblioteket' }).click()
    await library.waitUntilLoaded()
  })
})

test.describe('the library in secured mode', () => {
  test.use({ serverOptions: { tokenSecret: randomBytes(48).toString('base64') } })

  test("a viewer of one board sees only that board, and only its items on an agency's page", async ({ server, newPerson }) => {
    const kari = await newPerson('Kari Fasilitator', '#1f6fd1', { agencyId: 'nav' })
    await kari.context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await kari.page.goto(await server.workspaceLink())
    const house = await boardFromTemplate(kari, 'Bygge hus')
    const invites = new InviteDialog(kari.page)
    await invites.open()
    const viewerLink = await invites.createLink('viewer', 'day')
    await invites.close()
    const job = await boardFromTemplate(kari, 'Miste og finne jobb')

    // The facilitator's workspace link opens both boards.
    const kariLibrary = new LibraryPage(kari.page)
    await kariLibrary.openFromStart()
    await expect(kariLibrary.boards).toHaveCount(2)

    // Vera holds only the viewer invite of "Bygge hus", in her own browser.
    const vera = await newPerson('Vera Leser', '#c2410c', { agencyId: 'kommunen' })
    await vera.page.goto(e2ePath(viewerLink))
    await vera.board.waitUntilReady()
    await expect(vera.page.getByTestId('read-only-badge')).toBeVisible()
    const library = new LibraryPage(vera.page)
    await library.openFromStart()
    await expect(library.boards).toHaveCount(1)
    expect((await library.boardSummaries()).map(({ boardId, source }) => ({ boardId, source }))).toEqual([{ boardId: house, source: 'server' }])
    await library.search('avdragsfri')
    await expect(library.hits).toHaveCount(0)
    await library.search('inntekt')
    await expect(vera.page.getByTestId('library-hit-group')).toHaveCount(1)
    await expect(vera.page.getByTestId('library-hit-group')).toHaveAttribute('data-board-id', house)

    // Bank's page for Vera: only "Bygge hus" (bank owns no pain point there; one handoff, to husbanken; "inntekt"
    // is carried in one life event only, so no once-only candidate).
    await library.agencyLink(house, 'bank').click()
    const bank = new AgencyPage(vera.page)
    await bank.waitUntilShown()
    await expect(bank.source).toHaveAttribute('data-source', 'server')
    expect(await bank.boardIds()).toEqual([house])
    expect(await bank.painPoints()).toEqual([])
    expect(await bank.handoffs()).toEqual([{ boardId: house, direction: 'from', otherAgency: 'husbanken', carriedBy: 'personen' }])
    expect(await bank.onceOnly()).toEqual([])
    expect(await seriousViolations(vera.page)).toEqual([])
    expect(job).not.toBe(house)

    // Someone holding no link at all: the server opens nothing, and the library says why.
    const per = await newPerson('Per Uten Lenke')
    const empty = new LibraryPage(per.page)
    await empty.openFromStart()
    await expect(empty.serverProblem).toHaveAttribute('data-code', 'no-access')
    await expect(empty.empty).toBeVisible()
    await per.page.screenshot({ path: '/tmp/library-no-access.png', fullPage: true })
  })
})
