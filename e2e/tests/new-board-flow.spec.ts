import type { Page } from '@playwright/test'
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
  stepAgencies: string[]
  painPointOwners: string[]
  /** Per arrow: the types of the shapes its start and end are bound to. */
  arrows: { start?: string; end?: string }[]
}

function summariseCanvas(page: Page): Promise<CanvasSummary> {
  return page.evaluate(() => {
    const editor = window.__sammenEditor!
    const shapes = editor.getCurrentPageShapes()
    const boundType = (arrowId: string, terminal: string) => {
      const binding = editor.getBindingsFromShape(arrowId, 'arrow').find((b) => b.props.terminal === terminal)
      return binding ? editor.getShape(binding.toId)?.type : undefined
    }
    return {
      total: shapes.length,
      texts: shapes.map((shape) => editor.getShapeUtil(shape).getText(shape) ?? ''),
      stepAgencies: shapes.filter((shape) => shape.type === 'step-card').map((shape) => String(shape.props.agencyId)),
      painPointOwners: shapes.filter((shape) => shape.type === 'pain-point').map((shape) => String(shape.props.ownerAgencyId)),
      arrows: shapes
        .filter((shape) => shape.type === 'arrow')
        .map((shape) => ({ start: boundType(shape.id, 'start'), end: boundType(shape.id, 'end') })),
    }
  })
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
  for (const phase of PHASES) expect(laidOut.texts).toContain(phase)
  expect(laidOut.texts).toContain('Jeg skal bygge hus.')
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
