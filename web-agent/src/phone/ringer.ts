// G2: an offer must reach an agent who is looking at another tab or window: a ringtone made with
// WebAudio (no file to load, nothing to cache) and a desktop notification that brings the tab back.

/** A soft two-tone ring: 0.4 s on, 0.2 s off, 0.4 s on, then 2 s of quiet. */
const RING_PATTERN = [
  { at: 0, seconds: 0.4 },
  { at: 0.6, seconds: 0.4 },
] as const
const RING_PERIOD_SECONDS = 3
/** Longer than any company's ring time; the offer ends (and stop() silences it) well before. */
const RING_SECONDS = 120
const TONES_HZ = [440, 480] as const
const VOLUME = 0.08

export class Ringer {
  private context: AudioContext | undefined
  private output: GainNode | undefined
  private notification: Notification | undefined

  /**
   * Call from a click (sign-in): browsers only let a page start audio and ask for notifications after
   * a user gesture, and a context resumed then keeps working when the tab is in the background.
   */
  prepare(): void {
    this.context ??= new AudioContext()
    void this.context.resume()
    if ('Notification' in window && Notification.permission === 'default')
      void Notification.requestPermission()
  }

  start(title: string, body: string): void {
    if (this.output) return
    this.ring()
    if ('Notification' in window && Notification.permission === 'granted') {
      this.notification = new Notification(title, { body, tag: 'cc-offer', requireInteraction: true })
      this.notification.onclick = () => {
        window.focus()
        this.notification?.close()
      }
    }
  }

  stop(): void {
    this.output?.disconnect()
    this.output = undefined
    this.notification?.close()
    this.notification = undefined
  }

  /**
   * The whole ring is scheduled on the audio clock at once: background tabs throttle timers (to once a
   * minute after a while), never the audio clock.
   */
  private ring(): void {
    const context = this.context
    if (!context || context.state !== 'running') return
    const start = context.currentTime
    const output = context.createGain()
    output.gain.value = 0
    output.connect(context.destination)
    for (let period = start; period < start + RING_SECONDS; period += RING_PERIOD_SECONDS)
      for (const { at, seconds } of RING_PATTERN) {
        // Short ramps instead of hard edges: no clicks, easier on the ear eight hours a day.
        output.gain.setTargetAtTime(VOLUME, period + at, 0.01)
        output.gain.setTargetAtTime(0, period + at + seconds, 0.02)
      }
    for (const hz of TONES_HZ) {
      const tone = context.createOscillator()
      tone.frequency.value = hz
      tone.connect(output)
      tone.start(start)
      tone.stop(start + RING_SECONDS)
    }
    this.output = output
  }
}
