// Refusals are worded by their codes in the console's language, never by the API's English message.
import { ElMessage } from 'element-plus'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { useI18n } from 'vue-i18n'
import { GraphQLRequestError } from '../graphql/client'
import { mountWithPlugins } from '../testing'
import { useServerErrors } from './useServerErrors'

function mountErrors(locale: 'zh-CN' | 'en' = 'zh-CN') {
  let errors!: ReturnType<typeof useServerErrors<'name' | 'mobile'>>
  mountWithPlugins(
    defineComponent({
      setup() {
        useI18n({ useScope: 'global' }).locale.value = locale
        errors = useServerErrors(['name', 'mobile'] as const)
        return () => h('div')
      },
    }),
  )
  return errors
}

const refusal = (extensions: Record<string, unknown>, message = 'An English message') =>
  new GraphQLRequestError({ message, extensions })
const toast = () => document.querySelector('.el-message')?.textContent?.trim()

describe('useServerErrors', () => {
  afterEach(() => {
    ElMessage.closeAll()
    document.body.innerHTML = ''
  })

  it('words a reason with its values in either language', () => {
    const zh = mountErrors('zh-CN')
    const tooMany = refusal({
      code: 'CONFLICT',
      reason: 'TOO_MANY_NOT_READY_REASONS',
      params: { maximum: 50 },
    })
    expect(zh.describe(tooMany)).toBe('最多 50 个未就绪原因，请先删除一个')
    const en = mountErrors('en')
    expect(en.describe(tooMany)).toBe('At most 50 not-ready reasons; delete one first')
  })

  it('puts coded field problems at their fields, and a reason about a form field there too', () => {
    const errors = mountErrors()
    errors.report(
      refusal({
        code: 'BAD_USER_INPUT',
        problems: [
          {
            field: 'name',
            code: 'TOO_LONG',
            params: { maximum: 40 },
            message: 'must be at most 40 characters',
          },
          { field: 'mobile', code: 'INVALID_PHONE_NUMBER', message: 'is not a valid phone number' },
        ],
      }),
    )
    expect(errors.fieldErrors).toEqual({
      name: '最多 40 个字符',
      mobile: '不是有效的电话号码，请检查区号和位数',
    })
    errors.clear()
    errors.report(refusal({ code: 'CONFLICT', reason: 'NAME_TAKEN', field: 'name' }))
    expect(errors.fieldErrors).toEqual({ name: '名称已存在，请换一个名称' })
  })

  it('shows problems of fields the form does not have in a message, without their English', async () => {
    const errors = mountErrors()
    errors.report(
      refusal({
        code: 'BAD_USER_INPUT',
        problems: [
          { field: 'number', code: 'INTERNATIONAL_NOT_ALLOWED', message: 'is an international number' },
        ],
      }),
    )
    expect(toast()).toBe('这是国际号码，公司未允许拨打国际电话')
  })

  it('never shows the English message, even for a code this console does not know yet', () => {
    const errors = mountErrors()
    expect(errors.describe(refusal({ code: 'CONFLICT', reason: 'SOMETHING_NEW' }))).toBe(
      '当前状态下无法执行此操作',
    )
    expect(errors.describe(refusal({ code: 'TEAPOT' }))).toBe('操作未能完成，请稍后再试')
    expect(
      errors.describe(
        refusal({
          code: 'BAD_USER_INPUT',
          problems: [{ field: 'x', code: 'SOMETHING_NEW', message: 'is odd' }],
        }),
      ),
    ).toBe('填写的内容无效')
  })

  it('tells a locked account how long to wait, from the reason’s minutes or the retry time', () => {
    const errors = mountErrors()
    expect(
      errors.describe(
        refusal({
          code: 'RATE_LIMITED',
          reason: 'ACCOUNT_LOCKED',
          retryAfterSeconds: 60,
          params: { minutes: 1 },
        }),
      ),
    ).toContain('请 1 分钟后再试')
    expect(
      errors.describe(refusal({ code: 'RATE_LIMITED', reason: 'ADDRESS_LOCKED', retryAfterSeconds: 900 })),
    ).toContain('请 15 分钟后再试')
  })
})
