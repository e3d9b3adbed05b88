// Debian's chromium for the end-to-end tests, headless and kept from reaching the network on its own.
import { chromium, type Browser, type Page } from 'playwright-core'

const HEADLESS_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A page may use a microphone (Chromium's fake one, a tone unless a file is given) and play sound unprompted. */
export const FAKE_MEDIA_ARGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
]

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...HEADLESS_ARGS, ...extraArgs] })
}

/**
 * What the page's Content-Security-Policy refused, as Chromium reports it on the console, from now on
 * (the array fills as the page runs). A refused script or connection breaks a console silently; tests
 * that go through many pages assert this stays empty.
 */
export function contentPolicyRefusals(page: Page): string[] {
  const refusals: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refusals.push(message.text())
  })
  return refusals
}
