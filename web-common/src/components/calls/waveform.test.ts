import { describe, expect, it } from 'vitest'
import { computePeaks, normalizePeaks, secondsAt } from './waveform'

describe('A10: the recording waveform', () => {
  it('takes the loudest sample of each slice, over both channels of a stereo recording', () => {
    const caller = Float32Array.from([0.1, -0.5, 0, 0, 0.2, 0.1])
    const agent = Float32Array.from([0, 0, -0.3, 0.25, 0, -0.9])
    expect(computePeaks([caller, agent], 3)).toEqual([0.5, 0.3, 0.9].map((value) => Math.fround(value)))
  })

  it('draws every bar of a recording shorter than the canvas is wide', () => {
    const peaks = computePeaks([Float32Array.from([0.5, -1])], 4)
    expect(peaks).toHaveLength(4)
    expect(peaks.every((peak) => peak > 0)).toBe(true)
  })

  it('has no bars for no audio, and silence stays flat when scaled', () => {
    expect(computePeaks([], 10)).toEqual([])
    expect(computePeaks([new Float32Array(0)], 10)).toEqual([])
    expect(normalizePeaks([0, 0, 0])).toEqual([0, 0, 0])
  })

  it('scales quiet telephone audio so its loudest bar fills the height', () => {
    expect(normalizePeaks([0.05, 0.1, 0.025])).toEqual([0.5, 1, 0.25])
  })

  it('turns a click on the waveform into the moment to seek to, within the recording', () => {
    expect(secondsAt(150, 600, 120)).toBe(30)
    expect(secondsAt(-5, 600, 120)).toBe(0)
    expect(secondsAt(700, 600, 120)).toBe(120)
    expect(secondsAt(10, 600, Number.NaN)).toBe(0)
  })
})
