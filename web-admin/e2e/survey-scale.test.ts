// The survey scale end to end (issue 19, A5): an administrator sets a 3-point scale with its labels in the
// call handling page's survey section; saved, it comes back after a reload. Desktop in Chinese and
// English; screenshots go to SURVEY_SCALE_SCREENSHOTS (a temp dir).
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { useDemoConsole } from './demoConsole'
import { settled } from './pages'

const SCREENSHOT_DIR = process.env.SURVEY_SCALE_SCREENSHOTS ?? path.join(tmpdir(), 'survey-scale')

const fixture = useDemoConsole(SCREENSHOT_DIR)

it('A5: a 3-point survey scale with the company’s labels is saved and survives a reload', async () => {
  const page = await fixture.adminPage({ width: 1440, height: 900 }, 'zh-CN')
  await page.goto(`${fixture.api.url}/admin/phone/call-handling`)
  const survey = page.getByTestId('section-survey')
  await survey.waitFor()
  await page.getByTestId('survey-scale').click()
  await page.getByRole('option', { name: '3 分制' }).click()
  await expect.poll(() => page.getByTestId('survey-labels').locator('input').count()).toBe(6)
  const labels = [
    ['不满意', 'Unhappy'],
    ['一般', 'Okay'],
    ['满意', 'Happy'],
  ]
  for (const [index, [zh, en]] of labels.entries()) {
    await page.getByTestId(`survey-label-${index + 1}-zh`).fill(zh!)
    await page.getByTestId(`survey-label-${index + 1}-en`).fill(en!)
  }
  await page.getByTestId('call-handling-save').click()
  await page.getByText('已保存').waitFor()
  await page.reload()
  await survey.waitFor()
  await expect
    .poll(() =>
      page
        .getByTestId('survey-labels')
        .locator('input')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
    )
    .toEqual(labels.flat())
  await survey.scrollIntoViewIfNeeded()
  await settled(page)
  await survey.screenshot({ path: path.join(SCREENSHOT_DIR, 'desktop-zh-CN-survey.png') })

  const english = await fixture.adminPage({ width: 1440, height: 900 }, 'en')
  await english.goto(`${fixture.api.url}/admin/phone/call-handling`)
  const englishSurvey = english.getByTestId('section-survey')
  await englishSurvey.waitFor()
  expect(await englishSurvey.textContent()).toContain('3-point scale')
  await englishSurvey.scrollIntoViewIfNeeded()
  await settled(english)
  await englishSurvey.screenshot({ path: path.join(SCREENSHOT_DIR, 'desktop-en-survey.png') })
})
