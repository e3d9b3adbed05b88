import { describe, expect, it } from 'vitest'
import { emptyForm, isEmpty, toFilter, toQuery } from './callRecordsView'

describe('A9 call records filter', () => {
  it('A9: whole days in the company’s zone, the number without spaces, and only the conditions set', () => {
    const filter = toFilter(
      {
        ...emptyForm(),
        days: ['2027-01-05', '2027-01-05'],
        number: '1370 000',
        satisfactionScores: [1, 2],
        hasRecording: 'yes',
      },
      'Asia/Shanghai',
    )
    expect(filter).toMatchObject({
      from: '2027-01-04T16:00:00.000Z',
      to: '2027-01-05T16:00:00.000Z',
      number: '1370000',
      numberMatch: 'ENDS_WITH',
      agentId: null,
      satisfactionScores: [1, 2],
      hasRecording: true,
    })
    expect(toQuery(filter)).toEqual({
      from: '2027-01-04T16:00:00.000Z',
      to: '2027-01-05T16:00:00.000Z',
      number: '1370000',
      numberMatch: 'ENDS_WITH',
      satisfactionScores: '1,2',
      hasRecording: 'true',
    })
    expect(isEmpty(emptyForm())).toBe(true)
    expect(toFilter(emptyForm(), 'Asia/Shanghai').numberMatch).toBeNull()
  })
})
