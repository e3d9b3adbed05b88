import { flushPromises } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { answerOperations, areaProps, describeMounted, mountAdmin, sentTo } from '../../testing'
import CustomFieldDrawer from './CustomFieldDrawer.vue'
import CustomFieldsPage from './CustomFieldsPage.vue'

const level = {
  id: 'f1',
  entity: 'CUSTOMER',
  key: 'level',
  labelZh: '客户等级',
  labelEn: 'Level',
  type: 'SINGLE_CHOICE',
  isRequired: true,
  options: [
    { value: 'VIP', labelZh: '贵宾', labelEn: 'VIP' },
    { value: 'NORMAL', labelZh: '普通', labelEn: 'Normal' },
  ],
  position: 0,
  isHidden: false,
}

function type(testId: string, value: string): void {
  const input = document.querySelector<HTMLInputElement>(`input[data-testid=${testId}]`)!
  input.value = value
  input.dispatchEvent(new Event('input'))
}

describeMounted('CustomFieldsPage', () => {
  it('G4: without fields the page says what they are for and offers to add one', async () => {
    answerOperations({ CustomFieldList: { data: { customFieldDefinitions: [] } } })
    const wrapper = mountAdmin(CustomFieldsPage, { props: areaProps('customFields') })
    await flushPromises()
    expect(wrapper.find('[data-testid=empty-state]').text()).toContain('还没有客户字段')
    expect(wrapper.find('[data-testid=empty-state]').text()).toContain('来电弹屏')
  })

  it('G4: each kind of record lists its fields with type, flags and options in the console’s language', async () => {
    const fetchMock = answerOperations({
      CustomFieldList: ({ entity }: Record<string, unknown>) => ({
        data: { customFieldDefinitions: entity === 'CUSTOMER' ? [level] : [] },
      }),
    })
    const wrapper = mountAdmin(CustomFieldsPage, { props: areaProps('customFields') })
    await flushPromises()
    const row = wrapper.find('[data-testid=custom-fields-table] tbody tr').text()
    expect(row).toContain('客户等级')
    expect(row).toContain('必填')
    expect(row).toContain('单选')
    expect(row).toContain('贵宾；普通')
    const summaries = [
      ...document.querySelectorAll<HTMLInputElement>('[data-testid=custom-fields-entity] input'),
    ]
    summaries.find((radio) => radio.value === 'SERVICE_SUMMARY')!.click()
    await flushPromises()
    expect(sentTo(fetchMock, 'CustomFieldList')).toEqual([
      { entity: 'CUSTOMER' },
      { entity: 'SERVICE_SUMMARY' },
    ])
    expect(wrapper.find('[data-testid=empty-state]').text()).toContain('还没有服务小结字段')
  })

  it('G4: agents read the fields but get no controls to change them', async () => {
    answerOperations({ CustomFieldList: { data: { customFieldDefinitions: [level] } } })
    const wrapper = mountAdmin(CustomFieldsPage, { props: areaProps('customFields'), role: 'AGENT' })
    await flushPromises()
    expect(wrapper.find('[data-testid=custom-fields-add]').exists()).toBe(false)
    expect(wrapper.find('[data-testid=custom-fields-table] tbody tr').text()).not.toContain('编辑')
  })

  it('G4: a new choice field is sent with its options; a change stored values contradict says how many records', async () => {
    const fetchMock = answerOperations({
      CreateCustomField: ({ input }: Record<string, unknown>) => ({
        data: { createCustomFieldDefinition: { ...level, ...(input as object), id: 'f2' } },
      }),
      UpdateCustomField: {
        errors: [
          {
            message: '3 stored record(s) hold values this change contradicts.',
            extensions: { code: 'CONFLICT', reason: 'STORED_VALUES_CONTRADICT', params: { rows: 3 } },
          },
        ],
      },
    })
    const wrapper = mountAdmin(CustomFieldDrawer, {
      props: { modelValue: false, field: null, entity: 'CUSTOMER' },
    })
    await wrapper.setProps({ modelValue: true })
    await flushPromises()
    type('custom-field-label-zh', '城市')
    type('custom-field-label-en', 'City')
    type('custom-field-key', 'city')
    document.querySelector<HTMLElement>('[data-testid=custom-field-type] .el-select__wrapper')!.click()
    await flushPromises()
    ;[...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')]
      .find((item) => item.textContent === '单选')!
      .click()
    await flushPromises()
    type('custom-field-option-zh-0', '上海')
    type('custom-field-option-en-0', 'Shanghai')
    document.querySelector('input[data-testid=custom-field-option-en-0]')!.dispatchEvent(new Event('blur'))
    await flushPromises()
    document.querySelector<HTMLButtonElement>('[data-testid=custom-field-save]')!.click()
    await vi.waitFor(() => expect(sentTo(fetchMock, 'CreateCustomField')).toHaveLength(1))
    expect(sentTo(fetchMock, 'CreateCustomField')[0]).toEqual({
      input: {
        entity: 'CUSTOMER',
        key: 'city',
        labelZh: '城市',
        labelEn: 'City',
        type: 'SINGLE_CHOICE',
        isRequired: false,
        isHidden: false,
        position: null,
        options: [{ value: 'Shanghai', labelZh: '上海', labelEn: 'Shanghai' }],
      },
    })

    await wrapper.setProps({ modelValue: false, field: level })
    await wrapper.setProps({ modelValue: true })
    await flushPromises()
    expect(document.querySelector<HTMLInputElement>('input[data-testid=custom-field-key]')!.disabled).toBe(
      true,
    )
    document.querySelector<HTMLButtonElement>('[data-testid=custom-field-save]')!.click()
    await vi.waitFor(() =>
      expect(
        [...document.querySelectorAll('.el-message')].map((message) => message.textContent),
      ).toContainEqual(expect.stringContaining('已有 3 条记录的值与此修改冲突')),
    )
  })
})
