import { describe, expect, it } from 'vitest'
import { TLDOCUMENT_ID, type TLDocument, type TLShape } from 'tldraw'
import { setSituation, updatePainPoint, updateStepCard } from './outlineEdits'
import { OutlineHistory, revertFields } from './outlineHistory'
import { createOutlineTestStore, PP1, S1, seedOutlineTestBoard } from './outlineBoard.fixture'

function setUp() {
  const store = createOutlineTestStore()
  seedOutlineTestBoard(store)
  return { store, history: new OutlineHistory<string>(store) }
}
const props = (store: ReturnType<typeof setUp>['store'], id: string) => (store.get(id as TLShape['id']) as TLShape).props as Record<string, unknown>

describe('OutlineHistory', () => {
  it('undoes and redoes a change', () => {
    const { store, history } = setUp()
    history.apply('channel', updateStepCard(store, S1, { channel: 'telefon' }))
    expect(history.peekUndo()).toBe('channel')
    expect(history.undo()).toEqual({ label: 'channel', complete: true })
    expect(props(store, S1).channel).toBe('digital')
    expect(history.peekRedo()).toBe('channel')
    history.redo()
    expect(props(store, S1).channel).toBe('telefon')
    expect(history.undo()).toEqual({ label: 'channel', complete: true })
    expect(history.undo()).toBeNull()
  })

  it('makes one undo step of typing in one field, until sealed', () => {
    const { store, history } = setUp()
    history.apply('text', updateStepCard(store, S1, { text: 'Søker om lån i' }), { coalesceKey: 'text:s1' })
    history.apply('text', updateStepCard(store, S1, { text: 'Søker om lån i banken' }), { coalesceKey: 'text:s1' })
    history.seal()
    history.apply('text', updateStepCard(store, S1, { text: 'Søker om lån i banken nå' }), { coalesceKey: 'text:s1' })
    history.undo()
    expect(props(store, S1).text).toBe('Søker om lån i banken')
    history.undo()
    expect(props(store, S1).text).toBe('Søker om lån')
    expect(history.undo()).toBeNull()
  })

  it("takes back only this person's typing when a colleague moved the card between two coalesced saves", () => {
    const { store, history } = setUp()
    history.apply('text', updateStepCard(store, S1, { text: 'Søker om lån i' }), { coalesceKey: 'text:s1' })
    store.mergeRemoteChanges(() => store.put([{ ...(store.get(S1) as TLShape), x: 300 }]))
    history.apply('text', updateStepCard(store, S1, { text: 'Søker om lån i banken' }), { coalesceKey: 'text:s1' })
    expect(history.undo()).toEqual({ label: 'text', complete: true })
    expect(store.get(S1)).toMatchObject({ x: 300, props: { text: 'Søker om lån' } })
    expect(history.undo()).toBeNull()
    // The colleague moves it again; redo brings back the text and leaves their move alone.
    store.mergeRemoteChanges(() => store.put([{ ...(store.get(S1) as TLShape), x: 400 }]))
    expect(history.redo()).toEqual({ label: 'text', complete: true })
    expect(store.get(S1)).toMatchObject({ x: 400, props: { text: 'Søker om lån i banken' } })
    history.undo()
    expect(store.get(S1)).toMatchObject({ x: 400, props: { text: 'Søker om lån' } })
  })

  it("keeps an agency a colleague added to the document while this person typed the situation", () => {
    const { store, history } = setUp()
    const document = () => store.get(TLDOCUMENT_ID) as TLDocument
    const agency = { order: 0, agency: { id: 'skatt', name: 'Skatteetaten', shortName: 'Skatt', level: 'stat', colour: '#1f6f8b' } }
    history.apply('situation', setSituation(store, 'Jeg skal bygge'), { coalesceKey: 'situation:1' })
    store.mergeRemoteChanges(() => store.put([{ ...document(), meta: { ...document().meta, 'sammenAgency:skatt': agency } }]))
    history.apply('situation', setSituation(store, 'Jeg skal bygge garasje'), { coalesceKey: 'situation:1' })
    expect(history.undo()).toEqual({ label: 'situation', complete: true })
    expect(document().meta).toMatchObject({ sammen: { situation: 'Jeg skal bygge hus.' }, 'sammenAgency:skatt': agency })
    history.redo()
    expect(document().meta).toMatchObject({ sammen: { situation: 'Jeg skal bygge garasje' }, 'sammenAgency:skatt': agency })
  })

  it("leaves a field alone that someone else changed after this person, and says so", () => {
    const { store, history } = setUp()
    history.apply('details', updatePainPoint(store, PP1, { severity: 3, category: 'kasteball' }))
    // A colleague changes the category (a remote change), then this person undoes.
    store.mergeRemoteChanges(() => store.put([{ ...(store.get(PP1) as TLShape), props: { ...props(store, PP1), category: 'venting' } } as TLShape]))
    expect(history.undo()).toEqual({ label: 'details', complete: false })
    expect(props(store, PP1)).toMatchObject({ severity: 2, category: 'venting' })
  })

  it("does not bring back a card someone else deleted", () => {
    const { store, history } = setUp()
    history.apply('text', updateStepCard(store, S1, { text: 'Ny tekst' }))
    store.mergeRemoteChanges(() => store.remove([S1]))
    expect(history.undo()).toEqual({ label: 'text', complete: false })
    expect(store.get(S1)).toBeUndefined()
  })

  it('records nothing when the store rejects a change', () => {
    const { store, history } = setUp()
    expect(() => history.apply('owner', updatePainPoint(store, PP1, { ownerAgencyId: '' }))).toThrow()
    expect(history.peekUndo()).toBeUndefined()
    expect(props(store, PP1).ownerAgencyId).toBe('kommunen')
  })

  it('tells subscribers when the stacks change', () => {
    const { store, history } = setUp()
    let calls = 0
    const stop = history.subscribe(() => calls++)
    history.apply('channel', updateStepCard(store, S1, { channel: 'brev' }))
    history.undo()
    stop()
    history.redo()
    expect(calls).toBe(2)
    expect(history.getVersion()).toBe(3)
  })
})

describe('revertFields', () => {
  it('reverts only fields that still hold the value this person left', () => {
    const from = { id: 'shape:a', x: 10, props: { a: 1, b: 2 }, meta: {} } as unknown as TLShape
    const to = { id: 'shape:a', x: 0, props: { a: 0, b: 0 }, meta: {} } as unknown as TLShape
    const current = { id: 'shape:a', x: 10, props: { a: 5, b: 2 }, meta: { c: 1 } } as unknown as TLShape
    expect(revertFields(current, from, to)).toEqual({ record: { id: 'shape:a', x: 0, props: { a: 5, b: 0 }, meta: { c: 1 } }, skipped: true })
  })
})
