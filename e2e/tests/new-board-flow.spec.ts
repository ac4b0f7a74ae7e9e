import type { Locator, Page } from '@playwright/test'
import { readBoardJourneyMeta } from '@sammen/journey-shapes'
import { seriousViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'

/*
 * "Bygge hus" (packages/journey-model/src/templates/byggeHus.ts) has 5 phases, 11 steps, 5 pain points and
 * 5 handoffs. Without Husbanken the step "Søker startlån …", its pain point and the handoff to it are dropped.
 */
const PHASES = ['Jeg drømmer om eget hus', 'Jeg finner tomt og finansiering', 'Jeg søker om å få bygge', 'Huset bygges', 'Vi flytter inn']
const STEPS_WITHOUT_HUSBANKEN = 10
const PAIN_POINTS_WITHOUT_HUSBANKEN = 4
const HANDOFFS_WITHOUT_HUSBANKEN = 4

interface CanvasSummary {
  total: number
  texts: string[]
  /** The journey frames: their phase and lane names, and how many cards are their children (tldraw puts arrows between two children there too). */
  frames: { phases: string[]; lanes: { name: string; kind: string }[]; children: number }[]
  /** Shapes that are journey cards but not in a frame (the journey would leave them out). */
  cardsOutsideFrames: number
  pageName: string
  boardAgencies: string[]
  /** Actor cards on the actor map page (`page:actors`). */
  actorCards: number
  stepAgencies: string[]
  painPointOwners: string[]
  /** Per arrow: the types of the shapes its start and end are bound to. */
  arrows: { start?: string; end?: string }[]
}

async function summariseCanvas(page: Page): Promise<CanvasSummary> {
  const { documentMeta, ...summary } = await page.evaluate(() => {
    const editor = window.__sammenEditor!
    const shapes = editor.getCurrentPageShapes()
    const boundType = (arrowId: string, terminal: string) => {
      const binding = editor.getBindingsFromShape(arrowId, 'arrow').find((b) => b.props.terminal === terminal)
      return binding ? editor.getShape(binding.toId)?.type : undefined
    }
    return {
      total: shapes.length,
      texts: shapes.map((shape) => editor.getShapeUtil(shape).getText(shape) ?? ''),
      frames: shapes
        .filter((shape) => shape.type === 'journey-frame')
        .map((shape) => {
          const props = shape.props as { phases: { name: string }[]; lanes: { name: string; kind: string }[] }
          return {
            phases: props.phases.map((phase) => phase.name),
            lanes: props.lanes.map(({ name, kind }) => ({ name, kind })),
            children: editor.getSortedChildIdsForParent(shape.id).filter((id) => editor.getShape(id)?.type !== 'arrow').length,
          }
        }),
      cardsOutsideFrames: shapes.filter((shape) => (shape.type === 'step-card' || shape.type === 'pain-point') && editor.getShape(shape.parentId as never)?.type !== 'journey-frame').length,
      pageName: editor.getCurrentPage().name,
      actorCards: editor.getSortedChildIdsForParent('page:actors').filter((id) => editor.getShape(id)?.type === 'actor').length,
      documentMeta: editor.getDocumentSettings().meta,
      stepAgencies: shapes.filter((shape) => shape.type === 'step-card').map((shape) => String(shape.props.agencyId)),
      painPointOwners: shapes.filter((shape) => shape.type === 'pain-point').map((shape) => String(shape.props.ownerAgencyId)),
      arrows: shapes
        .filter((shape) => shape.type === 'arrow')
        .map((shape) => ({ start: boundType(shape.id, 'start'), end: boundType(shape.id, 'end') })),
    }
  })
  // Read the way every browser reads it (each agency has its own meta key).
  return { ...summary, boardAgencies: readBoardJourneyMeta(documentMeta).agencies.map((agency) => agency.id) }
}

test('Kari lays out "Bygge hus" with her agencies, and Ola sees the same board', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.newBoard.open()
  await kari.page.screenshot({ path: '/tmp/new-board-1-choose.png', fullPage: true })

  await kari.newBoard.chooseTemplateWithKeyboard('Bygge hus')
  await expect(kari.newBoard.situation).toHaveValue('Jeg skal bygge hus.')
  await expect(kari.newBoard.agency('Husbanken')).toBeChecked()
  await expect(kari.newBoard.selectedCount).toHaveText('8 etater valgt')

  await kari.newBoard.toggleAgencyWithKeyboard('Husbanken')
  await expect(kari.newBoard.agency('Husbanken')).not.toBeChecked()
  await kari.newBoard.searchAndAddAgency('nav', 'Arbeids- og velferdsetaten (NAV)')
  await expect(kari.newBoard.selectedCount).toHaveText('8 etater valgt')
  await kari.newBoard.situation.scrollIntoViewIfNeeded()
  await kari.page.screenshot({ path: '/tmp/new-board-2-details.png', fullPage: true })

  await kari.newBoard.createWithKeyboard()
  await expect(kari.page).toHaveURL(/\/b\/[A-Za-z0-9_-]{16}$/)
  await kari.board.waitUntilReady()
  await expect(kari.board.title).toHaveValue('Bygge hus')
  await expect(kari.page).toHaveTitle(/Bygge hus/)

  await expect.poll(async () => (await summariseCanvas(kari.page)).stepAgencies.length).toBe(STEPS_WITHOUT_HUSBANKEN)
  const laidOut = await summariseCanvas(kari.page)
  // One journey frame: the phases are its columns, the template's lanes its rows plus the emotion curve, and every
  // card is in it; the situation stays above it, and the board knows its agencies.
  expect(laidOut.frames).toHaveLength(1)
  expect(laidOut.frames[0]!.phases).toEqual(PHASES)
  expect(laidOut.frames[0]!.lanes).toEqual([
    { name: 'Det personen gjør', kind: 'steps' },
    { name: 'Følelser', kind: 'emotion' },
    { name: 'Digitale tjenester', kind: 'steps' },
    { name: 'Etatene bak', kind: 'steps' },
  ])
  expect(laidOut.frames[0]!.children).toBe(STEPS_WITHOUT_HUSBANKEN + PAIN_POINTS_WITHOUT_HUSBANKEN)
  expect(laidOut.cardsOutsideFrames).toBe(0)
  expect(laidOut.texts).toContain('Jeg skal bygge hus.')
  expect(laidOut.pageName).toBe('Reise')
  expect(laidOut.boardAgencies).toContain('nav')
  expect(laidOut.boardAgencies).not.toContain('husbanken')
  // The actor map holds the 8 chosen agencies and the person.
  expect(laidOut.actorCards).toBe(8 + 1)
  await expect(kari.page.getByTestId('journey-frame-phase')).toHaveText(PHASES)
  expect(laidOut.painPointOwners).toHaveLength(PAIN_POINTS_WITHOUT_HUSBANKEN)
  expect(laidOut.painPointOwners).not.toContain('husbanken')
  expect(laidOut.stepAgencies).not.toContain('husbanken')
  expect(laidOut.arrows).toHaveLength(HANDOFFS_WITHOUT_HUSBANKEN)
  for (const arrow of laidOut.arrows) expect(arrow).toEqual({ start: 'step-card', end: 'step-card' })
  await expect(kari.board.stepCards).toHaveCount(STEPS_WITHOUT_HUSBANKEN)
  await kari.board.expectSynced()
  await kari.page.screenshot({ path: '/tmp/new-board-3-bygge-hus.png' })

  // Ola opens the link: he gets Kari's board, and nothing is laid out a second time (by him or by her).
  const ola = await newPerson('Ola Hansen', '#15803d')
  await ola.board.goto(new URL(kari.page.url()).pathname.split('/').pop()!)
  await expect(ola.board.title).toHaveValue('Bygge hus')
  await expect.poll(async () => (await summariseCanvas(ola.page)).total).toBe(laidOut.total)
  await ola.page.waitForTimeout(1_500)
  expect((await summariseCanvas(ola.page)).total).toBe(laidOut.total)
  expect((await summariseCanvas(kari.page)).total).toBe(laidOut.total)

  // The layout is one step: one undo takes it all away, for both.
  await kari.board.undo()
  await expect.poll(async () => (await summariseCanvas(kari.page)).total).toBe(0)
  await expect.poll(async () => (await summariseCanvas(ola.page)).total).toBe(0)
  expect((await summariseCanvas(kari.page)).actorCards).toBe(0)
})

test('the new board flow has no serious accessibility violations', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.newBoard.open()
  await expect(kari.newBoard.heading).toBeFocused()
  expect(await seriousViolations(kari.page)).toEqual([])

  // Without a choice, "Lag tavla" says what is missing and goes back to the choices.
  await kari.newBoard.createButton.click()
  await expect(kari.page.getByRole('alert')).toHaveText('Velg en livshendelse eller en tom tavle.')
  await expect(kari.newBoard.template('Få barn')).toBeFocused()

  await kari.newBoard.template('Få barn').check()
  await expect(kari.newBoard.situation).toBeVisible()
  await kari.newBoard.agencySearch.fill('kommune')
  expect(await seriousViolations(kari.page)).toEqual([])
})

test('/ny by keyboard: "Lag tavla" within a few Tab presses, and no focused element hides under the action bar', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.newBoard.open()
  await expect(kari.newBoard.heading).toBeFocused()
  const keyboard = kari.page.keyboard

  // From the page's start: Tab into the life events, choose one with an arrow key, Tab to the skip link, Enter.
  await keyboard.press('Tab')
  await keyboard.press('ArrowDown')
  await expect(kari.newBoard.situation).toBeVisible()
  let presses = 1
  const skipLink = kari.newBoard.skipToCreate
  while (presses < 5 && !(await isFocused(skipLink)) && !(await isFocused(kari.newBoard.createButton))) {
    await keyboard.press('Tab')
    presses++
  }
  await expect(skipLink).toBeFocused()
  await expect(skipLink).toBeVisible()
  await expect(skipLink).toBeInViewport()
  expect(presses).toBeLessThanOrEqual(5)
  expect(await seriousViolations(kari.page)).toEqual([])
  await kari.page.screenshot({ path: '/tmp/i18n-new-board-skip-link.png' })
  await keyboard.press('Enter')
  await expect(kari.newBoard.createButton).toBeFocused()

  // Every focusable element, in Tab order, is fully visible and not under the sticky bar; also on a small screen.
  for (const viewport of [{ width: 1280, height: 800 }, { width: 800, height: 560 }]) {
    await kari.page.setViewportSize(viewport)
    await kari.newBoard.heading.focus()
    const hidden: string[] = []
    let steps = 0
    for (; steps < 200; steps++) {
      await keyboard.press('Tab')
      const problem = await focusedHiddenBy(kari.page)
      if (problem) hidden.push(problem)
      if (await isFocused(kari.newBoard.createButton)) break
    }
    expect(steps, 'Tab reaches "Lag tavla"').toBeLessThan(200)
    expect(steps, 'the whole form is walked').toBeGreaterThan(20)
    expect(hidden, `at ${viewport.width}×${viewport.height}`).toEqual([])
  }
  await kari.page.screenshot({ path: '/tmp/i18n-new-board-small.png' })
})

function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement)
}

/**
 * Why the focused element cannot be seen, or null: outside the viewport, or (outside the sticky action bar) covered
 * by it, by its box or at its centre. A visually hidden native input (the life-event cards) is judged by its label.
 */
function focusedHiddenBy(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.activeElement
    if (!(focused instanceof HTMLElement) || focused === document.body) return 'nothing focused'
    const bar = document.querySelector('.new-board__actions')!
    const label = focused.getAttribute('aria-label') ?? focused.closest('label')?.textContent ?? focused.textContent ?? ''
    const name = `${focused.tagName.toLowerCase()} "${label.trim().slice(0, 40)}"`
    let box = focused.getBoundingClientRect()
    if (box.width <= 2 || box.height <= 2) box = (focused.closest('label') ?? focused).getBoundingClientRect()
    if (box.top < 0 || box.bottom > window.innerHeight) return `${name} is outside the viewport (${Math.round(box.top)}–${Math.round(box.bottom)})`
    if (bar.contains(focused)) return null
    const barTop = bar.getBoundingClientRect().top
    if (box.bottom > barTop) return `${name} reaches under the action bar (${Math.round(box.bottom)} > ${Math.round(barTop)})`
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    if (hit && bar.contains(hit)) return `${name} is covered by the action bar at its centre`
    return null
  })
}

test('"Tom tavle" gives an empty board without a title', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.newBoard.open()
  await kari.newBoard.chooseTemplateWithKeyboard('Tom tavle')
  await expect(kari.newBoard.situation).toHaveCount(0)
  await kari.newBoard.createWithKeyboard()
  await kari.board.waitUntilReady()
  await kari.board.expectSynced()
  await expect(kari.board.title).toHaveValue('')
  await expect(kari.board.title).toHaveAttribute('placeholder', 'Uten tittel')
  expect(await kari.board.shapes()).toEqual([])
})
