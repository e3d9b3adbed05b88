// X2: the Erlang C maths against values worked out by hand and published tables.
import { describe, expect, it } from 'vitest'
import { agentsNeeded, erlangAsa, erlangB, erlangC, erlangServiceLevel } from './erlang-c.js'

describe('X2: Erlang C', () => {
  it('X2: Erlang B matches the published tables (B(5, 2) = 0.0367, B(10, 5) = 0.0184)', () => {
    expect(erlangB(5, 2)).toBeCloseTo(0.036697, 6)
    expect(erlangB(10, 5)).toBeCloseTo(0.018385, 6)
  })

  it('X2: Erlang C matches the closed forms: M/M/1 waits with probability A, M/M/2 at A = 1 with 1/3', () => {
    expect(erlangC(1, 0.5)).toBeCloseTo(0.5, 12)
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12)
    expect(erlangC(3, 3)).toBe(1)
    expect(erlangC(3, 0)).toBe(0)
  })

  it('X2: the textbook case, 200 calls an hour at 180 s AHT (10 Erlangs), needs 14 agents for 80 % in 20 s', () => {
    // The worked example of callcentrehelper.com's "Erlang C formula – made simple": with 14 agents the
    // chance of waiting is 17.4 %, the service level 88.8 % and the ASA 7.8 s; 13 agents reach 79.6 %.
    expect(erlangC(14, 10)).toBeCloseTo(0.1741, 4)
    expect(erlangServiceLevel(14, 10, 180, 20)).toBeCloseTo(0.8884, 4)
    expect(erlangAsa(14, 10, 180)).toBeCloseTo(7.84, 2)
    expect(erlangServiceLevel(13, 10, 180, 20)).toBeCloseTo(0.7956, 4)
    expect(
      agentsNeeded({ callsPerHour: 200, ahtSeconds: 180, thresholdSeconds: 20, target: 0.8 }),
    ).toMatchObject({
      traffic: 10,
      agents: 14,
    })
  })

  it('X2: no calls need no agents; a load just over an integer needs more agents than its traffic', () => {
    expect(agentsNeeded({ callsPerHour: 0, ahtSeconds: 180, thresholdSeconds: 20, target: 0.8 }).agents).toBe(
      0,
    )
    const answer = agentsNeeded({ callsPerHour: 20, ahtSeconds: 180, thresholdSeconds: 20, target: 0.8 })
    expect(answer.traffic).toBe(1)
    expect(answer.agents).toBeGreaterThan(1)
    expect(answer.serviceLevel).toBeGreaterThanOrEqual(0.8)
    expect(erlangServiceLevel(answer.agents - 1, 1, 180, 20)).toBeLessThan(0.8)
  })
})
