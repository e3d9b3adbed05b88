import { afterEach, describe, expect, it } from 'vitest'
import { mountWithPlugins } from '../../testing'
import RecordingPlayer from './RecordingPlayer.vue'

describe('RecordingPlayer', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('G8: plays a recording through its URL', () => {
    const wrapper = mountWithPlugins(RecordingPlayer, { props: { url: '/media/recordings/c1' } })
    expect(wrapper.find('[data-testid=recording-player]').attributes('src')).toBe('/media/recordings/c1')
  })

  it('issue 19: a recording the retention period deleted says so and when, instead of “no recording”', () => {
    const removed = mountWithPlugins(RecordingPlayer, {
      props: { url: null, removedAt: '2027-03-10T08:00:00.000Z' },
    })
    expect(removed.find('[data-testid=recording-removed]').text()).toMatch(
      /^录音已超过公司设置的保存期限，于 .*2027.* 删除。$/,
    )
    expect(removed.find('[data-testid=recording-player]').exists()).toBe(false)
    const never = mountWithPlugins(RecordingPlayer, { props: { url: null } })
    expect(never.text()).toContain('本通话没有录音')
  })
})
