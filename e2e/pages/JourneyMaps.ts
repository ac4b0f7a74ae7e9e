import { expect, type Locator, type Page } from '@playwright/test'

/** A shape as the store holds it, on any page. */
export interface StoredShape {
  id: string
  type: string
  parentId: string
  props: Record<string, unknown>
  meta: Record<string, unknown>
}

/**
 * The editor methods these tests use beyond support/window.d.ts's, typed here (inside page.evaluate, where they
 * run) rather than widening the shared declaration.
 */
interface MapsEditor {
  getCurrentPage(): { id: string; name: string }
  store: { allRecords(): { typeName: string; type?: string }[] }
  getShapePageBounds(id: string): { center: { x: number; y: number } } | undefined
  pageToViewport(point: { x: number; y: number }): { x: number; y: number }
  getContainer(): HTMLElement
}

/**
 * The journey board's opportunity, benefit and actor cards, handoff arrows and its three pages (Reise, Aktørkart,
 * Gevinstkart). Complements BoardPage: drawing and editing go through the real UI (shortcuts, the page menu, the
 * details panel); the store is read through `window.__sammenEditor`.
 */
export class JourneyMaps {
  readonly details: Locator
  readonly opportunityCards: Locator
  readonly benefitCards: Locator
  readonly actorCards: Locator

  constructor(readonly page: Page) {
    this.details = page.getByTestId('card-details')
    this.opportunityCards = page.getByTestId('opportunity-card')
    this.benefitCards = page.getByTestId('benefit-card')
    this.actorCards = page.getByTestId('actor-card')
  }

  /** A tool's button in tldraw's toolbar (its `data-value` is the tool id). */
  toolbarItem(toolId: string): Locator {
    return this.page.locator(`.tlui-main-toolbar [data-value="${toolId}"]`)
  }

  /** Page names in order, as tldraw's page menu lists them. */
  async pageNames(): Promise<string[]> {
    return this.page.evaluate(() => window.__sammenEditor!.getPages().map((page) => page.name))
  }

  async currentPageName(): Promise<string> {
    return this.page.evaluate(() => (window.__sammenEditor as unknown as MapsEditor).getCurrentPage().name)
  }

  /** Goes to a page through tldraw's page menu, as a person would. */
  async openPage(name: string): Promise<void> {
    await this.page.getByTestId('page-menu.button').click()
    // Each page's button is labelled "Gå til siden"; its text is the page's name.
    const item = this.page.getByTestId('page-menu.item').filter({ has: this.page.getByText(name, { exact: true }) })
    await item.locator('.tlui-page-menu__item__button').click()
    await expect.poll(() => this.currentPageName()).toBe(name)
    await this.page.keyboard.press('Escape')
  }

  /** Places a card with its shortcut (M mulighet, U gevinst, I aktør) and writes its text (or name). */
  async placeCard(shortcut: 'm' | 'u' | 'i', x: number, y: number, text: string): Promise<void> {
    await this.focusCanvas()
    await this.page.keyboard.press(shortcut)
    await this.page.mouse.click(x, y)
    if (text) await this.page.keyboard.type(text)
    // Leaves text editing; the card stays selected, so its details panel shows.
    await this.page.keyboard.press('Escape')
    await expect(this.details).toBeVisible()
  }

  /**
   * In the details panel's agency list (e.g. "Etater som må samarbeide"), by keyboard: choose an agency, then
   * Enter on "Legg til etat".
   */
  async addAgency(listLabel: string, agencyId: string): Promise<void> {
    const list = this.details.getByRole('group', { name: listLabel })
    await list.getByLabel('Legg til etat').selectOption(agencyId)
    const add = list.getByRole('button', { name: 'Legg til etat' })
    await add.focus()
    await add.press('Enter')
  }

  /** "Hvem bærer informasjonen videre?" for the selected handoff arrow, by keyboard (Space on the option). */
  async chooseCarrier(name: 'Personen' | 'Etatene'): Promise<void> {
    const option = this.details.getByRole('radio', { name: new RegExp(`^${name}`) })
    await option.focus()
    await option.press('Space')
    await expect(option).toBeChecked()
  }

  async selectDetail(label: string, value: string): Promise<void> {
    await this.details.getByLabel(label, { exact: true }).selectOption(value)
  }

  /** Types into a details text field and leaves it with Tab: the field writes when the person leaves it. */
  async fillDetail(label: string, value: string): Promise<void> {
    const field = this.details.getByLabel(label, { exact: true })
    await field.fill(value)
    await field.press('Tab')
  }

  /** Every shape of a type on every page, ordered by id. */
  async storedShapes(type: string): Promise<StoredShape[]> {
    return this.page.evaluate(
      (type) =>
        (window.__sammenEditor as unknown as MapsEditor).store
          .allRecords()
          .filter((record) => record.typeName === 'shape' && record.type === type)
          .map((record) => {
            const shape = record as unknown as StoredShape
            return { id: shape.id, type: shape.type, parentId: shape.parentId, props: shape.props, meta: shape.meta }
          })
          .sort((a, b) => a.id.localeCompare(b.id)),
      type,
    )
  }

  /** Screen point of a shape's centre on the current page (for drawing arrows between cards). */
  async screenCentre(shapeId: string): Promise<{ x: number; y: number }> {
    return this.page.evaluate((id) => {
      const editor = window.__sammenEditor as unknown as MapsEditor
      const bounds = editor.getShapePageBounds(id)!
      const point = editor.pageToViewport(bounds.center)
      const container = editor.getContainer().getBoundingClientRect()
      return { x: point.x + container.left, y: point.y + container.top }
    }, shapeId)
  }

  async focusCanvas(): Promise<void> {
    await this.page.evaluate(() => {
      ;(document.activeElement as HTMLElement | null)?.blur()
      window.__sammenEditor?.focus()
    })
  }
}
