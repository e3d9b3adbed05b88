import { flushPromises } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import {
  answerOperations,
  areaProps,
  describeMounted,
  invalidFields,
  mountAdmin,
  sentTo,
} from '../../testing'
import CustomerDrawer from './CustomerDrawer.vue'
import CustomersPage from './CustomersPage.vue'
import { customerFilterOf } from './customerForm'

const level = {
  id: 'f1',
  entity: 'CUSTOMER',
  key: 'level',
  labelZh: '客户等级',
  labelEn: 'Level',
  type: 'SINGLE_CHOICE',
  isRequired: false,
  options: [{ value: 'VIP', labelZh: '贵宾', labelEn: 'VIP' }],
  position: 0,
  isHidden: false,
}
const birthday = {
  ...level,
  id: 'f2',
  key: 'birthday',
  labelZh: '生日',
  labelEn: 'Birthday',
  type: 'DATE',
  options: [],
}
const customer = {
  id: 'c1',
  name: '张三',
  organization: 'INBOUND',
  phoneNumbers: ['+8613800138001', '+862161234001'],
  customFields: { level: 'VIP', birthday: '1990-05-01' },
  createdAt: '2026-12-10T08:00:00Z',
  updatedAt: '2026-12-11T08:00:00Z',
}

function type(selector: string, value: string): void {
  const input = document.querySelector<HTMLInputElement>(selector)!
  input.value = value
  input.dispatchEvent(new Event('input'))
}

it('G4: the search box looks up the last digits of numbers, or else names', () => {
  expect(customerFilterOf(' 8001 ', null)).toEqual({ numberEndsWith: '8001' })
  expect(customerFilterOf('+86 138-0013', 'INBOUND')).toEqual({
    numberEndsWith: '+86 138-0013',
    organization: 'INBOUND',
  })
  expect(customerFilterOf('张', null)).toEqual({ name: '张' })
  expect(customerFilterOf('  ', null)).toEqual({})
})

describeMounted('CustomersPage', () => {
  it('G4: without customers the page says where they come from', async () => {
    answerOperations({
      CustomFieldList: { data: { customFieldDefinitions: [] } },
      CustomerList: { data: { customers: { totalCount: 0, items: [] } } },
    })
    const wrapper = mountAdmin(CustomersPage, { props: areaProps('customers') })
    await flushPromises()
    expect(wrapper.find('[data-testid=empty-state]').text()).toContain('自动为新号码建立客户')
  })

  it('G4: customers list their numbers and custom fields by label; searching by digits sends a suffix search', async () => {
    const fetchMock = answerOperations({
      CustomFieldList: { data: { customFieldDefinitions: [level, birthday] } },
      CustomerList: ({ filter }: Record<string, unknown>) => ({
        data: {
          customers:
            Object.keys(filter as object).length === 0
              ? { totalCount: 1, items: [customer] }
              : { totalCount: 0, items: [] },
        },
      }),
    })
    const wrapper = mountAdmin(CustomersPage, { props: areaProps('customers') })
    await flushPromises()
    const row = wrapper.find('[data-testid=customers-table] tbody tr').text()
    expect(row).toContain('张三')
    expect(row).toContain('+862161234001')
    expect(row).toContain('贵宾')
    expect(row).toContain('1990-05-01')
    type('input[data-testid=customers-search]', '4001')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(sentTo(fetchMock, 'CustomerList').at(-1)).toEqual({
      filter: { numberEndsWith: '4001' },
      page: { limit: expect.any(Number), offset: 0 },
    })
    expect(wrapper.find('[data-testid=empty-state]').text()).toContain('没有符合条件的客户')
  })

  it('G4: the drawer sends numbers and every field, and shows refusals at the number and the field', async () => {
    const fetchMock = answerOperations({
      UpdateCustomer: invalidFields([
        { field: 'phoneNumbers.1', code: 'INVALID_PHONE_NUMBER', message: 'is not a valid phone number' },
        { field: 'customFields.birthday', code: 'INVALID_DATE', message: 'must be a real date' },
      ]),
    })
    const wrapper = mountAdmin(CustomerDrawer, {
      props: { modelValue: false, customer, fields: [level, birthday], chooseOrganization: false },
    })
    await wrapper.setProps({ modelValue: true })
    await flushPromises()
    type('input[data-testid=customer-phone-1]', '12345')
    await flushPromises()
    document.querySelector<HTMLButtonElement>('[data-testid=customer-save]')!.click()
    await vi.waitFor(() => expect(sentTo(fetchMock, 'UpdateCustomer')).toHaveLength(1))
    expect(sentTo(fetchMock, 'UpdateCustomer')[0]).toEqual({
      id: 'c1',
      input: {
        name: '张三',
        phoneNumbers: ['+8613800138001', '12345'],
        customFields: { level: 'VIP', birthday: '1990-05-01' },
      },
    })
    const errorAt = (selector: string) =>
      document.querySelector(selector)?.closest('.el-form-item')?.querySelector('.el-form-item__error')
        ?.textContent ?? ''
    await vi.waitFor(() => expect(errorAt('[data-testid=customer-phone-1]')).toContain('不是有效的电话号码'))
    expect(document.querySelector('[data-testid=customer-field-birthday]')?.textContent).toContain(
      '不是有效的日期',
    )
  })
})
