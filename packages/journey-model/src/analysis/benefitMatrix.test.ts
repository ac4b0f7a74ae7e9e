import { describe, expect, it } from 'vitest'
import { benefitMatrix } from './benefitMatrix'
import { smallJourney } from './smallJourney.fixture'

describe('benefitMatrix', () => {
  // b1 → nav from [skatt, kommune]; b2 → personen from [nav]; b3 → nav from [nav]; b4 → skatt from [nav, skatt]
  const matrix = benefitMatrix(smallJourney)
  const empty = { count: 0, benefitIds: [] }

  it('has every agency, then the person, as beneficiaries', () => {
    expect(matrix.beneficiaries).toEqual(['nav', 'skatt', 'kommune', 'personen'])
    expect(matrix.rows.map((row) => row.contributorId)).toEqual(['nav', 'skatt', 'kommune'])
  })

  it('puts each contribution in the cell of its beneficiary', () => {
    const [nav, skatt, kommune] = matrix.rows
    expect(nav?.cells).toEqual([{ count: 1, benefitIds: ['b3'] }, { count: 1, benefitIds: ['b4'] }, empty, { count: 1, benefitIds: ['b2'] }])
    expect(skatt?.cells).toEqual([{ count: 1, benefitIds: ['b1'] }, { count: 1, benefitIds: ['b4'] }, empty, empty])
    expect(kommune?.cells).toEqual([{ count: 1, benefitIds: ['b1'] }, empty, empty, empty])
  })

  it('counts what each agency contributes to and how much of it lands elsewhere', () => {
    expect(matrix.rows.map(({ contributorId, total, landsElsewhere }) => ({ contributorId, total, landsElsewhere }))).toEqual([
      { contributorId: 'nav', total: 3, landsElsewhere: 2 },
      { contributorId: 'skatt', total: 2, landsElsewhere: 1 },
      { contributorId: 'kommune', total: 1, landsElsewhere: 1 },
    ])
    expect(matrix.received).toEqual([2, 1, 0, 1])
  })
})
