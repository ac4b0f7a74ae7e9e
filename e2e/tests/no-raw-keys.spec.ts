import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'

/*
 * No translation key reaches the screen or a screen reader. In each language the board is walked: every tool in the
 * toolbar, every journey card type selected (tldraw's status region names it), every panel and dialog behind the
 * top bar's and the facilitation dock's buttons, the outline, the report and the comparison with the board's to-be
 * board; the start page and /ny too, and across boards the library with a card search and an agency's page. After
 * each step all visible text, every aria-label, title,
 * placeholder and alt, and the text of every live region (tldraw's off-screen status region included) is collected,
 * and any string that looks like a key ("tool.step-card", "action.zoom-in", "style-panel.color") fails the test.
 */

type Language = 'nb' | 'nn' | 'en'
const LANGUAGE_LABEL = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' } as const

/** What tldraw's status region calls each card when one is selected, per language. */
const CARD_NAMES: Record<Language, Record<string, string>> = {
  nb: { 'step-card': 'Steg', 'pain-point': 'Problem', opportunity: 'Mulighet', 'journey-frame': 'Reisekart', benefit: 'Gevinst', actor: 'Aktør' },
  nn: { 'step-card': 'Steg', 'pain-point': 'Problem', opportunity: 'Moglegheit', 'journey-frame': 'Reisekart', benefit: 'Gevinst', actor: 'Aktør' },
  en: { 'step-card': 'Step', 'pain-point': 'Pain point', opportunity: 'Opportunity', 'journey-frame': 'Journey map', benefit: 'Benefit', actor: 'Actor' },
}

const KEY = /^[a-z][\w-]*(\.[\w-]+)+$/
/** Dotted words that are not keys: web addresses, and abbreviations (most, like "f.eks.", have a one-letter first part). */
const NOT_A_KEY = /\.(no|com|org|net|dev|io)$/
const ABBREVIATIONS = new Set(['bl.a', 'm.fl'])

/** The tokens of `text` that look like translation keys. */
function keysIn(text: string): string[] {
  return text
    .split(/\s+/)
    .map((token) => token.replace(/^[("'«“[]+/, '').replace(/[)"'»”\].,:;!?…]+$/, ''))
    .filter((token) => KEY.test(token) && token.split('.')[0]!.length > 1 && !NOT_A_KEY.test(token) && !ABBREVIATIONS.has(token))
}

/** Every string a person can see or hear right now. */
function collectTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>()
    const add = (value: string | null | undefined) => {
      const text = value?.replace(/\s+/g, ' ').trim()
      if (text) out.add(text)
    }
    const live = '[role="status"], [role="alert"], [role="log"], [aria-live]'
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement
      if (!element || element.closest('script, style')) continue
      // Live regions count even when placed off screen: a screen reader says them.
      if (element.closest(live) || element.checkVisibility({ visibilityProperty: true })) add(node.textContent)
    }
    const attributes = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt']
    for (const element of Array.from(document.body.querySelectorAll(attributes.map((name) => `[${name}]`).join(', ')))) {
      for (const name of attributes) add(element.getAttribute(name))
    }
    for (const region of Array.from(document.querySelectorAll(live))) add(region.textContent)
    return [...out]
  })
}

/** Collects what is on screen after a step and remembers any key with the step that showed it. */
class KeyWatch {
  readonly found: string[] = []
  readonly seen = new Set<string>()
  constructor(
    private readonly page: Page,
    private readonly language: Language,
  ) {}

  async check(step: string): Promise<void> {
    // SAMMEN_E2E_DEBUG=1 prints each step: the walk is long, and a step that hangs is then easy to find.
    if (process.env.SAMMEN_E2E_DEBUG) console.log(this.language, step)
    for (const text of await collectTexts(this.page)) {
      this.seen.add(text)
      for (const key of keysIn(text)) this.found.push(`${this.language}, ${step}: "${key}" in "${text.slice(0, 80)}"`)
    }
  }
}

async function toSelectTool(page: Page): Promise<void> {
  await page.keyboard.press('Escape')
  await page.evaluate(() => {
    const editor = window.__sammenEditor!
    editor.setCurrentTool('select')
    editor.selectNone()
  })
}

test.describe.configure({ timeout: 240_000 })
// A control that does not answer fails its step quickly, instead of using up the whole test's time.
test.use({ actionTimeout: 10_000 })

test('no raw translation key reaches the screen or a screen reader, in bokmål, nynorsk and English', async ({ newPerson }) => {
  test.slow()
  const kari = await newPerson('Kari Nordmann')
  const page = kari.page
  // The toolbar's image button opens a file chooser: take it and pick nothing.
  page.on('filechooser', () => undefined)
  await kari.newBoard.open()
  await kari.newBoard.template('Bygge hus').check()
  await kari.newBoard.createButton.click()
  await kari.board.waitUntilReady()
  const boardId = new URL(page.url()).pathname.split('/')[2]!
  // One card of each type on the journey page (actors and benefits usually live on their own pages).
  await page.evaluate(() => {
    const editor = window.__sammenEditor!
    const types = ['opportunity', 'benefit', 'actor']
    editor.createShapes(types.map((type, index) => ({ type, x: -1600, y: index * 400 })))
  })
  // Its to-be board ("Lag ønsket reise") without one pain point, so the comparison has a resolution form to show.
  await kari.board.expectSynced()
  await page.getByTestId('journey-stage').click()
  await page.getByTestId('make-to-be').click()
  await expect(page).not.toHaveURL(new RegExp(boardId))
  await kari.board.waitUntilReady()
  const toBeId = new URL(page.url()).pathname.split('/')[2]!
  await page.evaluate(() => {
    const editor = window.__sammenEditor!
    editor.deleteShapes([editor.getCurrentPageShapes().find((shape) => shape.type === 'pain-point')!.id])
  })
  await kari.board.expectSynced()

  const found: string[] = []
  for (const language of ['nb', 'nn', 'en'] as const) {
    await kari.start.goto()
    await kari.start.chooseLanguage(LANGUAGE_LABEL[language])
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    const watch = new KeyWatch(page, language)
    await watch.check('the start page')
    // The new board flow with a life event chosen (its questions and agency list showing).
    await page.getByTestId('new-board').click()
    await page.getByTestId('template-card').first().click()
    await expect(page.getByTestId('selected-agency-count')).toBeVisible()
    await watch.check('/ny')

    await kari.board.goto(boardId)
    await kari.board.waitUntilReady()
    await watch.check('the board')

    // Every tool in the toolbar, including those behind its "more" button (there tldraw names them tools.more.<id>).
    const toolbar = page.locator('.tlui-main-toolbar')
    const toolIds = await toolbar.locator('[data-testid^="tools."]').evaluateAll((buttons) =>
      buttons.filter((button) => button.checkVisibility()).map((button) => button.getAttribute('data-testid')!).filter((id) => id !== 'tools.more-button'),
    )
    const more = toolbar.getByTestId('tools.more-button')
    const moreContent = page.getByTestId('tools.more-content')
    if (await more.isVisible()) {
      await more.click()
      // The popover holds every tool; those already in the main toolbar are hidden there.
      const overflow = moreContent.locator('[data-testid^="tools.more."]')
      toolIds.push(...(await overflow.evaluateAll((buttons) => buttons.filter((button) => button.checkVisibility()).map((button) => button.getAttribute('data-testid')!))))
      await page.keyboard.press('Escape')
    }
    expect(toolIds).toContain('tools.step-card')
    expect(toolIds.length).toBeGreaterThan(12)
    for (const id of toolIds) {
      if (id.startsWith('tools.more.')) {
        if (!(await moreContent.isVisible())) await more.click()
        await moreContent.getByTestId(id).click()
      } else {
        await toolbar.getByTestId(id).click()
      }
      await watch.check(`tool ${id}`)
      if (id === 'tools.pain-point') {
        // The pain point tool asks for an owner where the person clicks.
        await page.mouse.click(640, 420)
        await watch.check('the pain point owner dialog')
      }
      await toSelectTool(page)
    }

    // Every journey card type selected: tldraw's status region names the card in this language.
    for (const [type, name] of Object.entries(CARD_NAMES[language])) {
      const id = await page.evaluate((type) => {
        const editor = window.__sammenEditor!
        const shape = editor.getCurrentPageShapes().find((candidate) => candidate.type === type)
        if (shape) editor.select(shape.id)
        return shape?.id ?? null
      }, type)
      expect(id, `a ${type} on the page`).not.toBeNull()
      await expect(page.locator('[role="status"][aria-live]').filter({ hasText: `${name}. ` })).toHaveCount(1)
      await watch.check(`${type} selected`)
      await toSelectTool(page)
    }

    // Every button of the top bar, the people list and the facilitation dock: open what it opens, then close it.
    const buttons = page.locator(
      ['[data-testid="board-top-bar"] button', '[data-testid="board-share-panel"] button', '[data-testid="facilitation-dock"] button', '[data-testid="annotation-layer-toggle"]'].join(', '),
    )
    const count = await buttons.count()
    expect(count).toBeGreaterThan(5)
    for (let index = 0; index < count; index++) {
      const button = buttons.nth(index)
      if (!(await button.isVisible()) || (await button.isDisabled())) continue
      const label = ((await button.getAttribute('aria-label')) ?? (await button.textContent()) ?? '').trim()
      await button.click()
      await page.waitForTimeout(250)
      await watch.check(`top bar "${label}"`)
      await page.keyboard.press('Escape')
      if ((await button.getAttribute('aria-expanded')) === 'true' && (await button.isVisible())) await button.click()
    }

    // tldraw's own menus: the main menu, the page menu and the keyboard shortcuts.
    for (const menu of ['main-menu.button', 'page-menu.button']) {
      const trigger = page.getByTestId(menu)
      if (!(await trigger.isVisible())) continue
      await trigger.click()
      await watch.check(menu)
      await page.keyboard.press('Escape')
    }
    await page.locator('.tl-canvas').click({ position: { x: 60, y: 600 } })
    await page.keyboard.press('Control+Slash')
    await watch.check('keyboard shortcuts')
    await page.keyboard.press('Escape')

    // The board's other views, through the top bar's view switch: the outline, then the report.
    await page.getByTestId('board-top-bar').locator('a[href$="/oversikt"]').click()
    await expect(page.getByTestId('outline')).toBeVisible()
    await watch.check('the outline')
    await page.locator('a[href$="/rapport"]').first().click()
    await expect(page.getByTestId('report')).toBeVisible()
    await watch.check('the report')
    // The as-is → to-be comparison of the board's to-be board.
    await page.goto(`/b/${toBeId}/sammenligning?e2e`)
    await expect(page.getByTestId('resolution-form')).toHaveCount(1)
    await watch.check('the comparison')
    await page.screenshot({ path: `/tmp/as-is-to-be-comparison-${language}.png`, fullPage: true })

    // Across boards: the library with a card search (its hits and card types), then an agency's page.
    await page.goto('/bibliotek?sok=kommunen')
    await expect(page.getByTestId('library-search-count')).toHaveAttribute('data-total', /[1-9]/)
    await watch.check('the library and a card search')
    await page.locator('[data-testid="library-agency-link"][data-agency-id="kommunen"]').first().click()
    await expect(page.getByTestId('agency-overview')).toBeVisible()
    await watch.check("an agency's page")

    expect(watch.seen.size, 'texts were collected').toBeGreaterThan(50)
    found.push(...watch.found)
  }
  expect([...new Set(found)]).toEqual([])
})
