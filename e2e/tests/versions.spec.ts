import { readFile } from 'node:fs/promises'
import { seriousViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'

test('Kari saves a version, compares, restores and undoes the restore; Ola sees it all', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  const ola = await newPerson('Ola Nordmann', '#c2410c')
  await kari.board.goto('versions-board-1')
  await ola.board.goto('versions-board-1')

  await kari.board.addStepCard(360, 260, 'Søker om barnehageplass')
  await kari.board.expectSynced()

  await kari.board.canvas.click({ position: { x: 100, y: 700 } })
  await kari.versions.openWithKeyboard()
  expect(await seriousViolations(kari.page, ['[data-testid="versions-panel"]'])).toEqual([])
  await kari.versions.save('Etter workshop 1')
  // Online: shared with the server at once.
  await expect(kari.versions.item('Etter workshop 1')).toHaveAttribute('data-shared', 'true')
  await expect(kari.versions.item('Etter workshop 1')).toContainText('av Kari Nordmann')

  const [cardBefore] = await kari.board.shapes()
  await kari.board.drawRectangle(300, 480, 160, 100)
  await expect.poll(async () => (await kari.board.shapes()).length).toBe(2)
  // Move the step card: a change, not an addition.
  await kari.page.mouse.move(420, 300)
  await kari.page.mouse.down()
  await kari.page.mouse.move(520, 330, { steps: 10 })
  await kari.page.mouse.up()
  await expect.poll(async () => (await kari.board.shapes()).find((shape) => shape.type === 'step-card')!.x).not.toBe(cardBefore!.x)
  await kari.board.expectSynced()

  await kari.versions.compare('Etter workshop 1')
  await expect(kari.versions.panel.getByTestId('version-compare-summary')).toHaveText('1 lagt til · 0 fjernet · 1 endret')
  await expect(kari.versions.changes).toHaveCount(2)
  const steps = kari.versions.compareView.getByRole('region', { name: 'Steg' })
  await expect(steps.getByTestId('version-change')).toHaveAttribute('data-kind', 'changed')
  await expect(steps).toContainText('Søker om barnehageplass (plassering)')
  const others = kari.versions.compareView.getByRole('region', { name: 'Andre figurer' })
  await expect(others.getByTestId('version-change')).toHaveAttribute('data-kind', 'added')
  // The changed shapes are highlighted (selected) on the canvas.
  const ids = (await kari.board.shapes()).map((shape) => shape.id).sort()
  await expect.poll(async () => (await kari.page.evaluate(() => window.__sammenEditor!.getSelectedShapeIds())).sort()).toEqual(ids)
  await kari.page.screenshot({ path: '/tmp/versions-compare.png' })
  expect(await seriousViolations(kari.page, ['[data-testid="versions-panel"]'])).toEqual([])
  await kari.versions.backToList()

  await kari.versions.restore('Etter workshop 1')
  await expect.poll(async () => await kari.board.shapes()).toEqual([cardBefore])
  await expect.poll(async () => (await ola.board.shapes()).map((shape) => shape.type)).toEqual(['step-card'])
  await expect(kari.versions.item('Før gjenoppretting av «Etter workshop 1»')).toHaveAttribute('data-kind', 'auto')
  await kari.page.screenshot({ path: '/tmp/versions-restored.png' })
  expect(await seriousViolations(kari.page, ['[data-testid="versions-panel"]', '[data-testid="board-toast-region"]'])).toEqual([])

  // One Ctrl+Z undoes the whole restore, for everyone, even with focus still in the panel.
  await expect(kari.versions.panel.locator(':focus')).toHaveCount(1)
  await kari.page.keyboard.press('ControlOrMeta+z')
  await expect.poll(async () => (await kari.board.shapes()).length).toBe(2)
  await expect.poll(async () => (await ola.board.shapes()).length).toBe(2)

  // Deleting a shared version deletes it for everyone.
  await kari.versions.delete('Før gjenoppretting av «Etter workshop 1»')
  await ola.versions.open()
  await expect(ola.versions.item('Etter workshop 1')).toBeVisible()
  await expect(ola.versions.items).toHaveCount(1)
  await expect(ola.versions.item('Etter workshop 1')).toContainText('av Kari Nordmann')
  await ola.page.screenshot({ path: '/tmp/versions-ola-list.png' })

  // Escape closes the panel and gives focus back to the button that opened it.
  await ola.page.keyboard.press('Escape')
  await expect(ola.versions.panel).toBeHidden()
  await expect(ola.versions.openButton).toBeFocused()
})

test('without a server Kari can still save and restore; the version is shared when the server is back', async ({ newPerson, server }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.board.goto('versions-offline-1')
  await kari.board.addStepCard(360, 260, 'Får svar på søknaden')
  await kari.board.expectSynced()

  await server.stop()
  await kari.board.expectPhase('offline')
  await kari.versions.open()
  await kari.versions.save('Uten nett')
  await expect(kari.versions.item('Uten nett')).toContainText('Ikke delt ennå')

  await kari.board.drawRectangle(300, 480, 160, 100)
  await expect.poll(async () => (await kari.board.shapes()).length).toBe(2)
  await kari.versions.restore('Uten nett')
  await expect.poll(async () => (await kari.board.shapes()).map((shape) => shape.type)).toEqual(['step-card'])
  await kari.page.screenshot({ path: '/tmp/versions-offline.png' })

  await server.start()
  await kari.board.expectPhase('online')
  await expect(kari.versions.item('Uten nett')).toHaveAttribute('data-shared', 'true')
  await expect(kari.versions.item('Uten nett')).not.toContainText('Ikke delt ennå')
})

test('Kari, cut off, snapshots, compares, restores and undoes; Ola, on line, gets the restore when Kari reconnects', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  const ola = await newPerson('Ola Nordmann', '#c2410c')
  await kari.board.goto('versions-reconnect-1')
  await ola.board.goto('versions-reconnect-1')
  await kari.board.addStepCard(360, 260, 'Søker om startlån')
  await expect.poll(async () => (await ola.board.shapes()).length).toBe(1)

  // Only Kari loses the network: her provider is cut and her browser goes offline; Ola stays connected.
  await kari.page.evaluate(() => window.__sammenRoom!.disconnect())
  await kari.context.setOffline(true)
  await kari.board.expectPhase('offline')
  await kari.versions.open()
  await kari.versions.save('Før endringene')
  await kari.board.drawRectangle(300, 480, 160, 100)
  await kari.board.drawRectangle(600, 480, 160, 100)
  await expect.poll(async () => (await kari.board.shapes()).length).toBe(3)
  await kari.versions.compare('Før endringene')
  await expect(kari.versions.panel).toContainText('2 lagt til')
  await kari.versions.backToList()
  await kari.versions.restore('Før endringene')
  await expect.poll(async () => (await kari.board.shapes()).length).toBe(1)
  await kari.board.undo()
  await expect.poll(async () => (await kari.board.shapes()).length).toBe(3)
  await kari.board.redo()
  await expect.poll(async () => (await kari.board.shapes()).length).toBe(1)
  // Nothing of this reached Ola yet.
  expect(await ola.board.shapes()).toHaveLength(1)
  await ola.board.drawRectangle(700, 250, 120, 80)

  await kari.context.setOffline(false)
  await kari.page.evaluate(() => window.__sammenRoom!.connect())
  await kari.board.expectSynced()
  // The restore is an ordinary forward change: Ola's client applies it and does not undo it; Ola's own
  // rectangle, drawn while Kari was away, survives on both sides.
  await expect.poll(async () => (await ola.board.shapes()).map((shape) => shape.type).sort()).toEqual(['geo', 'step-card'])
  await expect.poll(async () => (await kari.board.shapes()).map((shape) => shape.type).sort()).toEqual(['geo', 'step-card'])
  expect(await kari.board.shapes()).toEqual(await ola.board.shapes())
  await ola.versions.open()
  await expect(ola.versions.item('Før endringene')).toBeVisible()
})

test('a board file opens as a new board; broken and newer files show clear errors and change nothing', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.board.goto('versions-file-1')
  await kari.board.rename('Flytte til ny kommune')
  await kari.board.addStepCard(360, 260, 'Melder flytting')
  await kari.versions.open()
  await kari.versions.save('Første utkast')
  const download = await kari.versions.downloadBoardFile()
  expect(download.suggestedFilename()).toBe('Flytte til ny kommune.sammen')
  const bytes = await readFile(await download.path())

  await kari.start.goto()
  await expect(kari.start.boardItems).toHaveCount(1)

  await kari.start.openFile('tavle.sammen', bytes.subarray(0, Math.floor(bytes.length / 2)))
  await expect(kari.start.fileError).toHaveText('Filen er ødelagt eller ufullstendig, og kan ikke åpnes. Ingenting er endret.')

  const future = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>
  future.version = 99
  await kari.start.openFile('fremtid.sammen', Buffer.from(JSON.stringify(future)))
  await expect(kari.start.fileError).toHaveText(
    'Filen er laget med en nyere versjon av Sammen. Oppdater Sammen for å åpne den. Ingenting er endret.',
  )
  await expect(kari.start.boardItems).toHaveCount(1)
  await kari.page.screenshot({ path: '/tmp/versions-file-error.png' })
  expect(await seriousViolations(kari.page)).toEqual([])

  await kari.start.openFile('tavle.sammen', bytes)
  await expect(kari.page).toHaveURL(/\/b\//)
  expect(kari.page.url()).not.toContain('versions-file-1')
  await kari.board.waitUntilReady()
  // A copy says it is one, so the start page never shows two boards that look the same.
  await expect(kari.board.title).toHaveValue('Flytte til ny kommune (kopi)')
  await expect.poll(async () => (await kari.board.shapes()).map((shape) => shape.text)).toEqual(['Melder flytting'])
  await kari.versions.open()
  await expect(kari.versions.item('Første utkast')).toBeVisible()
})

test('an automatic version is taken when offline edits reach the server; the footer tells about storage', async ({ newPerson, server }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.board.goto('versions-auto-1')
  await kari.board.addStepCard(360, 260, 'Søker om bostøtte')
  await kari.board.expectSynced()
  await kari.versions.open()
  await expect(kari.versions.items).toHaveCount(0)
  await expect(kari.page.getByTestId('storage-usage')).toContainText(/^Sammen bruker .+ av .+ på denne enheten$/)
  await expect(kari.page.getByTestId('storage-status')).toContainText('Lagringen er')

  // Going offline without edits takes no version.
  await server.stop()
  await kari.board.expectPhase('offline')
  await kari.board.drawRectangle(300, 480, 160, 100)
  await kari.board.expectPhase('offline', { unsynced: true })
  await expect(kari.versions.items).toHaveCount(0)

  await server.start()
  await kari.board.expectSynced()
  const auto = kari.versions.items.filter({ hasText: 'Etter frakobling' })
  await expect(auto).toHaveCount(1)
  await expect(auto).toHaveAttribute('data-kind', 'auto')
  await expect(auto).toHaveAttribute('data-shared', 'true')
  await expect(kari.versions.items).toHaveCount(1)
  await kari.page.screenshot({ path: '/tmp/versions-auto.png' })
})

test('Kari compares two saved versions and opens the first one read-only without changing the board', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.board.goto('versions-view-1')
  await kari.board.addStepCard(360, 260, 'Søker om skoleplass')
  await kari.board.expectSynced()
  await kari.versions.open()
  await kari.versions.save('Før endring')

  await kari.board.drawRectangle(300, 480, 160, 100)
  await expect.poll(async () => (await kari.board.shapes()).length).toBe(2)
  await kari.board.expectSynced()
  await kari.versions.save('Etter endring')

  // The two versions compared with each other: the rectangle was added between them.
  await kari.versions.compareTwo('Etter endring', 'Før endring')
  await expect(kari.versions.compareView.getByRole('heading', { name: 'Endringer fra «Før endring» til «Etter endring»' })).toBeVisible()
  await expect(kari.versions.panel.getByTestId('version-compare-summary')).toHaveText('1 lagt til · 0 fjernet · 0 endret')
  await expect(kari.versions.changes).toHaveCount(1)
  await expect(kari.versions.changes).toHaveAttribute('data-kind', 'added')
  expect(await seriousViolations(kari.page, ['[data-testid="versions-panel"]'])).toEqual([])
  await kari.versions.backToList()

  // The first version read-only: its step card is in the viewer; the live board keeps both shapes.
  const liveBefore = await kari.board.shapes()
  await kari.versions.view('Før endring')
  const viewer = kari.versions.viewer
  await expect(viewer.getByRole('button', { name: 'Lukk visningen' })).toBeFocused()
  await expect(viewer.getByText('Søker om skoleplass')).toBeVisible()
  await expect(viewer.locator('.tl-shape')).toHaveCount(1)
  await kari.page.screenshot({ path: '/tmp/versions-viewer.png' })
  expect(await seriousViolations(kari.page, ['[data-testid="version-viewer"]'])).toEqual([])
  expect(await kari.board.shapes()).toEqual(liveBefore)

  await kari.page.keyboard.press('Escape')
  await expect(viewer).toBeHidden()
  await expect(kari.versions.panel).toBeVisible()
  await expect(kari.versions.viewButton('Før endring')).toBeFocused()
  expect(await kari.board.shapes()).toEqual(liveBefore)
})
