/** A prompt's length as m:ss.t — prompts are seconds to minutes long, tenths matter for short ones. */
export function formatDuration(milliseconds: number): string {
  const tenths = Math.round(milliseconds / 100)
  const minutes = Math.floor(tenths / 600)
  const seconds = ((tenths % 600) / 10).toFixed(1).padStart(4, '0')
  return `${minutes}:${seconds}`
}
