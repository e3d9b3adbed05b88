import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createAppI18n } from '../../i18n'
import { useCallEndFacts } from './callDetails'

/** The satisfaction fact of a call's details, as the console and the workstation show it. */
function satisfactionOf(call: Parameters<ReturnType<typeof useCallEndFacts>>[0]): string | undefined {
  let value: string | undefined
  mount(
    defineComponent({
      setup() {
        value = useCallEndFacts()(call).find((fact) => fact.key === 'satisfaction')?.value
        return () => h('div')
      },
    }),
    { global: { plugins: [createPinia(), createAppI18n({ 'zh-CN': {}, en: {} })] } },
  )
  return value
}

describe('A5: the satisfaction score in a call’s details', () => {
  it('A5: a score shows the label the caller was asked with, on its own scale; without a known label, the score alone', () => {
    expect(
      satisfactionOf({
        satisfactionScore: 4,
        satisfactionScale: 5,
        satisfactionLabel: { zh: '满意', en: 'Satisfied' },
      }),
    ).toBe('满意（4 分，满分 5 分）')
    expect(satisfactionOf({ satisfactionScore: 2, satisfactionScale: 4, satisfactionLabel: null })).toBe(
      '2 分（满分 4 分）',
    )
    expect(satisfactionOf({ satisfactionScore: null })).toBe('客户未评价')
  })
})
