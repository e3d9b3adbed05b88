import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '../../../../web-common/src/i18n'
import { agentMessages } from '../../i18n/messages'
import type { CustomerFieldDefinition } from '../../graphql/customers'
import NewCustomerDialog from './NewCustomerDialog.vue'

const level: CustomerFieldDefinition = {
  id: 'field-1',
  key: 'level',
  labelZh: '客户等级',
  labelEn: 'Level',
  type: 'TEXT',
  isRequired: true,
  isHidden: false,
  options: [],
}

/** Each request is answered by `respond`; returns the variables sent. */
function answer(respond: (variables: Record<string, unknown>) => unknown) {
  const sent: Array<Record<string, unknown>> = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { variables } = JSON.parse(String(init.body)) as { variables: Record<string, unknown> }
      sent.push(variables)
      return new Response(JSON.stringify(respond(variables)), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      })
    }),
  )
  return sent
}

function mountDialog() {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(NewCustomerDialog, {
    props: { modelValue: false, fields: [level] },
    global: { plugins: [pinia, createAppI18n(agentMessages)] },
    attachTo: document.body,
  })
}

const numberError = () =>
  document
    .querySelector('[data-testid=new-customer-number]')
    ?.closest('.el-form-item')
    ?.querySelector('.el-form-item__error')?.textContent ?? ''

describe('NewCustomerDialog', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('G4: a missing number is asked for and a bad one is refused at the number, with nothing else lost', async () => {
    const sent = answer(() => ({
      data: null,
      errors: [
        {
          message: 'invalid',
          extensions: {
            code: 'BAD_USER_INPUT',
            problems: [{ field: 'phoneNumbers.0', code: 'INVALID_PHONE_NUMBER', message: 'bad' }],
          },
        },
      ],
    }))
    const wrapper = mountDialog()
    await wrapper.setProps({ modelValue: true })
    await flushPromises()
    const save = () => document.querySelector<HTMLButtonElement>('[data-testid=new-customer-save]')!.click()
    save()
    await flushPromises()
    await vi.waitFor(() => expect(numberError()).toContain('请填写电话号码'))
    expect(sent).toHaveLength(0)

    const type = (testId: string, text: string) => {
      const input = document.querySelector<HTMLInputElement>(`[data-testid=${testId}]`)!
      input.value = text
      input.dispatchEvent(new Event('input'))
    }
    type('new-customer-number', '12345')
    type('new-customer-name', '林先生')
    await flushPromises()
    save()
    await flushPromises()
    expect(sent[0]).toMatchObject({
      input: { name: '林先生', phoneNumbers: ['12345'], customFields: { level: null } },
    })
    await vi.waitFor(() => expect(numberError()).toContain('不是有效的电话号码'))
    expect(document.querySelector<HTMLInputElement>('[data-testid=new-customer-name]')!.value).toBe('林先生')
    expect(wrapper.emitted('created')).toBeUndefined()
  })

  it('G4: a good number adds the customer and hands it on', async () => {
    answer(() => ({ data: { createCustomer: { id: 'customer-9' } } }))
    const wrapper = mountDialog()
    await wrapper.setProps({ modelValue: true })
    await flushPromises()
    const input = document.querySelector<HTMLInputElement>('[data-testid=new-customer-number]')!
    input.value = '13800001234'
    input.dispatchEvent(new Event('input'))
    await flushPromises()
    document.querySelector<HTMLButtonElement>('[data-testid=new-customer-save]')!.click()
    await flushPromises()
    expect(wrapper.emitted('created')).toEqual([[{ id: 'customer-9' }]])
  })
})
