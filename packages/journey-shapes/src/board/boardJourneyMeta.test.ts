import type { Agency } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { BOARD_AGENCY_META_PREFIX, BOARD_META_KEY, EMPTY_BOARD_JOURNEY_META, readBoardJourneyMeta, withBoardJourneyMeta } from './boardJourneyMeta'

const agency = (id: string, name: string): Agency => ({ id, name, shortName: name, level: 'privat', colour: '#2a7a3b' }) as Agency
const tomteselskapet = agency('egen-tomteselskapet', 'Tomteselskapet')
const byggmester = agency('egen-byggmester', 'Byggmester')
const nav = { ...agency('nav', 'NAV'), level: 'stat' } as Agency

/**
 * Two people's writes merged the way the sync binding merges a record: each key of `meta` is one field, and the
 * field a person changed wins over the other's copy of it.
 */
function mergeFieldByField(base: Record<string, unknown>, ...writes: Record<string, unknown>[]): Record<string, unknown> {
  const merged = { ...base }
  for (const write of writes) {
    for (const key of new Set([...Object.keys(base), ...Object.keys(write)])) {
      if (JSON.stringify(base[key]) === JSON.stringify(write[key])) continue
      if (key in write) merged[key] = write[key]
      else delete merged[key]
    }
  }
  return merged
}

describe('board journey meta', () => {
  const base = withBoardJourneyMeta({ other: 'kept' }, { lifeEvent: { id: 'bygge-hus', name: 'Bygge hus' } as never, situation: 'Jeg skal bygge hus', agencies: [nav] })

  it('reads back what it wrote, and keeps other meta keys', () => {
    expect(readBoardJourneyMeta(base)).toEqual({ lifeEvent: { id: 'bygge-hus', name: 'Bygge hus' }, situation: 'Jeg skal bygge hus', agencies: [nav] })
    expect(base.other).toBe('kept')
  })

  it('keeps both agencies when two people add one at the same moment', () => {
    const current = readBoardJourneyMeta(base)
    const kari = withBoardJourneyMeta(base, { ...current, agencies: [...current.agencies, tomteselskapet] })
    const ola = withBoardJourneyMeta(base, { ...current, agencies: [...current.agencies, byggmester] })
    const merged = mergeFieldByField(base, kari, ola)
    expect(readBoardJourneyMeta(merged).agencies.map((item) => item.id)).toEqual(['nav', 'egen-byggmester', 'egen-tomteselskapet'])
  })

  it('keeps an agency added while someone else edits the situation', () => {
    const current = readBoardJourneyMeta(base)
    const kari = withBoardJourneyMeta(base, { ...current, agencies: [...current.agencies, tomteselskapet] })
    const ola = withBoardJourneyMeta(base, { ...current, situation: 'Vi skal bygge hus' })
    const merged = readBoardJourneyMeta(mergeFieldByField(base, kari, ola))
    expect(merged.situation).toBe('Vi skal bygge hus')
    expect(merged.agencies.map((item) => item.id)).toEqual(['nav', 'egen-tomteselskapet'])
  })

  it('removes an agency by dropping its key, and adding one writes only the new key', () => {
    const added = withBoardJourneyMeta(base, { ...readBoardJourneyMeta(base), agencies: [nav, tomteselskapet] })
    const changedKeys = Object.keys(added).filter((key) => JSON.stringify(added[key]) !== JSON.stringify(base[key]))
    expect(changedKeys).toEqual([`${BOARD_AGENCY_META_PREFIX}egen-tomteselskapet`])
    const removed = withBoardJourneyMeta(added, { ...readBoardJourneyMeta(added), agencies: [tomteselskapet] })
    expect(Object.keys(removed)).not.toContain(`${BOARD_AGENCY_META_PREFIX}nav`)
    expect(readBoardJourneyMeta(removed).agencies).toEqual([tomteselskapet])
  })

  it('reads an older board whose agencies are one array, and moves them to their own keys on the next write', () => {
    const older = { [BOARD_META_KEY]: { lifeEvent: null, situation: 'Jeg skal bygge hus', agencies: [nav, { id: 'broken', name: '' }, tomteselskapet] } }
    const read = readBoardJourneyMeta(older)
    expect(read.agencies).toEqual([nav, tomteselskapet])
    const rewritten = withBoardJourneyMeta(older, read)
    expect(rewritten[BOARD_META_KEY]).toEqual({ lifeEvent: null, situation: 'Jeg skal bygge hus' })
    expect(readBoardJourneyMeta(rewritten).agencies).toEqual([nav, tomteselskapet])
  })

  it('skips broken agency entries and entries filed under another id', () => {
    const meta = {
      ...base,
      [`${BOARD_AGENCY_META_PREFIX}broken`]: { order: 1, agency: { id: 'broken', name: '' } },
      [`${BOARD_AGENCY_META_PREFIX}elsewhere`]: { order: 2, agency: tomteselskapet },
      [`${BOARD_AGENCY_META_PREFIX}egen-byggmester`]: { agency: byggmester },
    }
    expect(readBoardJourneyMeta(meta).agencies).toEqual([nav])
    expect(readBoardJourneyMeta(null)).toEqual(EMPTY_BOARD_JOURNEY_META)
    expect(readBoardJourneyMeta({ [BOARD_META_KEY]: 'nonsense' })).toEqual(EMPTY_BOARD_JOURNEY_META)
  })
})
