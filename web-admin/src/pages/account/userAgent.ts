// Names a session's browser and system from its User-Agent header, for people ("Chrome · Windows").

export interface Device {
  browser: string
  os: string
}

/** Checked in order: Edge and Opera also say "Chrome", Chrome also says "Safari". */
const BROWSERS: [RegExp, string][] = [
  [/MicroMessenger\//, 'WeChat'],
  [/Edg(?:e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|Chromium\/|CriOS\//, 'Chrome'],
  [/Version\/[\d.]+.*Safari\//, 'Safari'],
  [/node|undici|curl|python-requests|Go-http-client|okhttp|axios|Postman/i, 'API client'],
]

const SYSTEMS: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Android/, 'Android'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
]

/** Null when the header says nothing recognisable (or is missing). */
export function describeUserAgent(userAgent: string | null | undefined): Device | null {
  if (!userAgent) return null
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1]
  if (!browser) return null
  const os = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? '—'
  return { browser, os }
}
