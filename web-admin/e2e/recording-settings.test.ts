// Recording settings end to end (issue 19): an administrator turns recording on, keeps outbound calls
// unrecorded, records in stereo, keeps recordings for 180 days and gives agents 14 days to appeal an
// inspection (A10) on the call handling page, and turns one skill group's recording off in its drawer; saved, both come back after a reload. Desktop in Chinese and English; screenshots go
// to RECORDING_SETTINGS_SCREENSHOTS (a temp dir).
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { useDemoConsole } from './demoConsole'
import { settled } from './pages'

const SCREENSHOT_DIR = process.env.RECORDING_SETTINGS_SCREENSHOTS ?? path.join(tmpdir(), 'recording-settings')

const fixture = useDemoConsole(SCREENSHOT_DIR)

it('issue 19: recording on, outbound off, stereo, kept 180 days, 14 days to appeal (A10); a skill group stops recording; both survive a reload', async () => {
  const page = await fixture.adminPage({ width: 1440, height: 900 }, 'zh-CN')
  await page.goto(`${fixture.api.url}/admin/phone/call-handling`)
  const recording = page.getByTestId('section-recording')
  await recording.waitFor()
  const outbound = page.getByTestId('setting-outboundRecordingEnabled').locator('.el-switch')
  const days = page.getByTestId('recording-retention-days').locator('input')
  if (!(await page.getByTestId('setting-recordingEnabled').locator('.el-switch.is-checked').count()))
    await page.getByTestId('setting-recordingEnabled').locator('.el-switch').click()
  if (await page.getByTestId('setting-outboundRecordingEnabled').locator('.el-switch.is-checked').count())
    await outbound.click()
  const stereo = page.getByTestId('setting-isRecordingStereo')
  if (!(await stereo.locator('.el-switch.is-checked').count())) await stereo.locator('.el-switch').click()
  await days.fill('180')
  await days.press('Tab')
  const appealDays = page.getByTestId('setting-appealWindowDays').locator('input')
  await appealDays.fill('14')
  await appealDays.press('Tab')
  await page.getByTestId('call-handling-save').click()
  await page.getByText('已保存').waitFor()
  await page.reload()
  await days.waitFor()
  await expect.poll(() => days.inputValue()).toBe('180')
  expect(await page.getByTestId('setting-outboundRecordingEnabled').locator('.is-checked').count()).toBe(0)
  expect(await stereo.locator('.is-checked').count()).toBe(1)
  expect(await appealDays.inputValue()).toBe('14')
  await recording.scrollIntoViewIfNeeded()
  await settled(page)
  await recording.screenshot({ path: path.join(SCREENSHOT_DIR, 'desktop-zh-CN-call-handling.png') })

  await page.goto(`${fixture.api.url}/admin/skill-groups`)
  const table = page.getByTestId('skill-groups-table')
  await table.waitFor()
  await table.getByRole('button', { name: '编辑' }).first().click()
  const groupRecording = page.getByTestId('routing-recording')
  await groupRecording.waitFor()
  expect(await groupRecording.getAttribute('class')).toContain('is-checked')
  await groupRecording.click()
  await page.getByTestId('skill-group-save').click()
  await page.getByText('已保存').waitFor()
  await table.getByRole('button', { name: '编辑' }).first().click()
  await groupRecording.waitFor()
  await settled(page)
  expect(await groupRecording.getAttribute('class')).not.toContain('is-checked')
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'desktop-zh-CN-skill-group.png') })

  const english = await fixture.adminPage({ width: 1440, height: 900 }, 'en')
  await english.goto(`${fixture.api.url}/admin/phone/call-handling`)
  await english.getByTestId('section-recording').waitFor()
  expect(await english.getByTestId('setting-recordingRetentionDays').textContent()).toContain(
    'Keep recordings for',
  )
  expect(await english.getByTestId('setting-isRecordingStereo').textContent()).toContain('Stereo recordings')
  expect(await english.getByTestId('setting-appealWindowDays').textContent()).toContain('Appeal window')
  await english.getByTestId('section-recording').scrollIntoViewIfNeeded()
  await settled(english)
  await english
    .getByTestId('section-recording')
    .screenshot({ path: path.join(SCREENSHOT_DIR, 'desktop-en-call-handling.png') })
})
