import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BoardFileError, decodeBoardFile, encodeBoardFile, type BoardFileContent } from './boardFile'

function stateWith(title: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('meta').set('title', title)
  doc.getArray('steps').push(['Melde flytting', 'Søke barnehageplass ✓'])
  return Y.encodeStateAsUpdate(doc)
}

const content: BoardFileContent = {
  boardId: 'flytte-til-oslo_ab12',
  title: 'Flytte til Oslo',
  exportedAt: 1_763_900_000_000,
  state: stateWith('Flytte til Oslo'),
  snapshots: [
    { id: 'V1StGXR8_Z5jdHi6', name: 'Før workshop', author: 'Kari', createdAt: 1, kind: 'named', state: stateWith('før') },
    { id: 'auto-000001', name: 'Auto', author: '', createdAt: 2, kind: 'auto', reason: 'before-restore', state: stateWith('auto') },
  ],
}

const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value))
const validJson = () => JSON.parse(new TextDecoder().decode(encodeBoardFile(content))) as Record<string, unknown>

function expectError(run: () => unknown, code: BoardFileError['code'], message?: RegExp) {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(BoardFileError)
    expect((error as BoardFileError).code).toBe(code)
    if (message) expect((error as BoardFileError).message).toMatch(message)
    return
  }
  throw new Error('expected a BoardFileError')
}

describe('.sammen board file', () => {
  it('round-trips a board with its snapshots byte for byte', () => {
    const bytes = encodeBoardFile(content)
    expect(new TextDecoder().decode(bytes.subarray(0, 40))).toMatch(/^\{"format":"sammen-board","version":1/)
    const decoded = decodeBoardFile(bytes)
    expect(decoded).toEqual(content)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, decoded.state)
    expect(doc.getArray('steps').toArray()).toEqual(['Melde flytting', 'Søke barnehageplass ✓'])
  })

  it('refuses a file larger than the limit before reading it', () => {
    expectError(() => decodeBoardFile(encodeBoardFile(content), { maxBytes: 100 }), 'too-large', /for stor/)
  })

  it('tells a file that is not a Sammen file', () => {
    expectError(() => decodeBoardFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe])), 'not-sammen-file', /ikke en Sammen-fil/)
    expectError(() => decodeBoardFile(encode('hello, world')), 'not-sammen-file')
    expectError(() => decodeBoardFile(encode({ format: 'tldraw', version: 1 })), 'not-sammen-file')
    expectError(() => decodeBoardFile(encode([1, 2, 3])), 'not-sammen-file')
  })

  it('calls a truncated file corrupt, also when cut inside a character', () => {
    const bytes = encodeBoardFile(content)
    expectError(() => decodeBoardFile(bytes.subarray(0, bytes.length / 2)), 'corrupt', /ødelagt/)
    const withMultiByteEnd = encode('{"format":"sammen-board","title":"ø')
    expectError(() => decodeBoardFile(withMultiByteEnd.subarray(0, withMultiByteEnd.length - 1)), 'corrupt')
  })

  it('says a file from a newer version needs a newer Sammen', () => {
    expectError(() => decodeBoardFile(encode({ ...validJson(), version: 2, somethingNew: {} })), 'newer-version', /laget med en nyere versjon/)
  })

  it('calls a file with missing or wrong fields corrupt and names the field', () => {
    const { title: _title, ...withoutTitle } = validJson()
    expectError(() => decodeBoardFile(encode(withoutTitle)), 'corrupt')
    const wrongSnapshot = () => decodeBoardFile(encode({ ...validJson(), snapshots: [{ id: 'x', name: '' }] }))
    expectError(wrongSnapshot, 'corrupt')
    expect(() => wrongSnapshot()).toThrow(expect.objectContaining({ detail: expect.stringMatching(/^snapshots\.0\./) }))
    expectError(() => decodeBoardFile(encode({ ...validJson(), version: 0 })), 'corrupt')
    expectError(() => decodeBoardFile(encode({ ...validJson(), state: 'not base64!' })), 'corrupt')
  })

  it('refuses a state that is not a Yjs update', () => {
    const garbage = btoa(String.fromCharCode(255, 255, 255))
    expectError(() => decodeBoardFile(encode({ ...validJson(), state: garbage })), 'invalid-state', /skadet/)
    const json = validJson()
    const snapshots = json.snapshots as Record<string, unknown>[]
    expectError(() => decodeBoardFile(encode({ ...json, snapshots: [{ ...snapshots[0], state: '' }] })), 'invalid-state')
  })
})
