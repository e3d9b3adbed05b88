import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '../i18n'
import ScoreSheet from './ScoreSheet.vue'

const scorecard = {
  sections: [
    {
      name: '服务规范',
      criteria: [
        { id: 'greet', name: '问候', description: '先报工号', maxPoints: 10, isFatal: false },
        { id: 'leak', name: '泄露客户信息', description: '', maxPoints: 0, isFatal: true },
      ],
    },
  ],
}

function sheet(props: Record<string, unknown>) {
  return mount(ScoreSheet, {
    props: { scorecard, ...props },
    global: { plugins: [createAppI18n({ 'zh-CN': {}, en: {} })] },
  })
}

describe('A10: the score sheet', () => {
  it('shows a version’s definition: each criterion, its description, points and the fatal mark', () => {
    const text = sheet({}).text()
    expect(text).toContain('问候')
    expect(text).toContain('先报工号')
    expect(text).toContain('10 分')
    expect(text).toContain('致命项')
  })

  it('reads a result back: points over the maximum, and a failed fatal item', () => {
    const wrapper = sheet({
      scores: [
        { criterionId: 'greet', points: 8, isFailed: false },
        { criterionId: 'leak', points: 0, isFailed: true },
      ],
    })
    const rows = wrapper.findAll('[data-testid=score-criterion]')
    expect(rows[0]!.text()).toContain('8 / 10')
    expect(rows[1]!.text()).toContain('不合格')
  })
})
