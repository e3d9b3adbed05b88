// The waveform of a recording: the browser decodes the file with the Web Audio API and each bar of the
// canvas shows the loudest sample of its slice of time (all channels: caller and agent in stereo).

/** A moment marked on the waveform (an inspector's comment). */
export interface WaveformMark {
  seconds: number
  label: string
}

/** The loudest absolute sample of each of `buckets` equal slices, over every channel, from 0 to 1. */
export function computePeaks(channels: readonly Float32Array[], buckets: number): number[] {
  const length = channels[0]?.length ?? 0
  if (buckets <= 0 || length === 0) return []
  const peaks = new Array<number>(buckets).fill(0)
  for (let bucket = 0; bucket < buckets; bucket++) {
    const start = Math.floor((bucket * length) / buckets)
    // At least one sample per bucket, so a short recording on a wide canvas still draws every bar.
    const end = Math.max(start + 1, Math.floor(((bucket + 1) * length) / buckets))
    let peak = 0
    for (const channel of channels)
      for (let index = start; index < end && index < length; index++) {
        const value = Math.abs(channel[index]!)
        if (value > peak) peak = value
      }
    peaks[bucket] = Math.min(1, peak)
  }
  return peaks
}

/**
 * Peaks scaled so the loudest bar fills the height: telephone audio is quiet, and a 0.1 peak would draw a
 * flat line. Silence stays silence.
 */
export function normalizePeaks(peaks: readonly number[]): number[] {
  const loudest = Math.max(0, ...peaks)
  return loudest > 0 ? peaks.map((peak) => peak / loudest) : peaks.map(() => 0)
}

/** The second of the recording a click at `x` of a `width`-wide waveform points at. */
export function secondsAt(x: number, width: number, duration: number): number {
  if (width <= 0 || !Number.isFinite(duration) || duration <= 0) return 0
  return Math.min(duration, Math.max(0, (x / width) * duration))
}

/** The recording decoded to its channels' samples. Fetched once whole, with the session cookie. */
export async function decodeRecording(url: string, signal?: AbortSignal): Promise<Float32Array[]> {
  const response = await fetch(url, { credentials: 'include', signal })
  if (!response.ok) throw new Error(`recording: HTTP ${response.status}`)
  const bytes = await response.arrayBuffer()
  // An offline context decodes without an audio device and without the autoplay policy's user gesture.
  // 8 kHz is what the switch records at; decoding resamples to it, enough for peaks.
  const context = new OfflineAudioContext(1, 1, 8000)
  const audio = await context.decodeAudioData(bytes)
  return Array.from({ length: audio.numberOfChannels }, (_, index) => audio.getChannelData(index))
}
