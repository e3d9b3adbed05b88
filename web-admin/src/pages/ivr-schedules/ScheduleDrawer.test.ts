import { flushPromises } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { answerOperations, describeMounted, invalidFields, mountAdmin, sentTo } from '../../testing'
import ScheduleDrawer from './ScheduleDrawer.vue'

const flows = [{ id: 'f1', name: '主菜单', liveVersion: { id: 'v1', version: 1 } }]
const schedule = {
  id: 's1',
  name: '工作日',
  flowId: 'f1',
  flow: { id: 'f1', name: '主菜单', liveVersion: { id: 'v1', version: 1 } },
  days: [{ weekday: 5, ranges: [{ start: '22:00', end: '06:00' }] }],
  phoneNumbers: [],
  updatedAt: '2026-12-10T08:00:00Z',
}

async function open(props: Record<string, unknown>) {
  const wrapper = mountAdmin(ScheduleDrawer, { props: { modelValue: false, flows, ...props } })
  await wrapper.setProps({ modelValue: true })
  await flushPromises()
  return wrapper
}

describeMounted('ScheduleDrawer', () => {
  it('A7: a range past midnight is marked “次日” and saved as it is', async () => {
    const fetchMock = answerOperations({
      UpdateIvrSchedule: { data: { updateIvrSchedule: schedule } },
    })
    await open({ schedule })
    const friday = document.querySelector('[data-testid=schedule-day-5]')!
    expect(friday.textContent).toContain('次日')
    expect(document.querySelector('[data-testid=schedule-day-1]')!.textContent).toContain('休息')
    document.querySelector<HTMLButtonElement>('[data-testid=schedule-save]')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(sentTo(fetchMock, 'UpdateIvrSchedule')).toHaveLength(1))
    expect(sentTo(fetchMock, 'UpdateIvrSchedule')[0]).toEqual({
      id: 's1',
      input: {
        name: '工作日',
        flowId: 'f1',
        days: [{ weekday: 5, ranges: [{ start: '22:00', end: '06:00' }] }],
      },
    })
  })

  it('A7: an overlap the API finds is shown on the weekday it concerns', async () => {
    answerOperations({
      UpdateIvrSchedule: invalidFields([
        {
          field: 'days.0.ranges.0.start',
          code: 'OVERLAPPING_RANGES',
          params: { other: '20:00–23:00' },
          message: 'overlaps 20:00–23:00',
        },
      ]),
    })
    await open({ schedule })
    document.querySelector<HTMLButtonElement>('[data-testid=schedule-save]')!.click()
    await flushPromises()
    await vi.waitFor(() =>
      expect(document.querySelector('[data-testid=schedule-day-5]')!.textContent).toContain(
        '与时间段 20:00–23:00 重叠',
      ),
    )
  })

  it('A7: a new schedule needs a name and a flow before anything is sent', async () => {
    const fetchMock = answerOperations({})
    await open({ schedule: null })
    document.querySelector<HTMLButtonElement>('[data-testid=schedule-save]')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(document.querySelectorAll('.el-form-item__error').length).toBe(2))
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
