import { useTenantStore } from '@cc/web-common'
import { config, flushPromises, RouterLinkStub } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { answerOperations, areaProps, mountAdmin, sentTo } from '../../testing'
import CompanyPage from './CompanyPage.vue'

// The home region's hint links to Call handling; no router is mounted here.
config.global.stubs = { ...config.global.stubs, RouterLink: RouterLinkStub }

const company = {
  myTenant: {
    id: 't1',
    name: '星辰科技',
    timeZone: 'Asia/Shanghai',
    createdAt: '2026-01-01T00:00:00.000Z',
    sipDomain: null,
  },
  acdSettings: { homeRegion: 'CN' },
}

type Wrapper = ReturnType<typeof mountAdmin>

const input = (wrapper: Wrapper, field: string) => wrapper.find(`[data-testid=company-${field}] input`)
const errorOf = (wrapper: Wrapper, field: string) =>
  wrapper.find(`[data-testid=company-${field}] .el-form-item__error`)

/** Picks an option of a filterable select (a virtual list: only matches are rendered) by its label. */
async function choose(wrapper: Wrapper, field: string, label: string): Promise<void> {
  await wrapper.find(`[data-testid=company-${field}] .el-select__wrapper`).trigger('click')
  await wrapper.find(`[data-testid=company-${field}] input`).setValue(label)
  await flushPromises()
  const option = [...document.querySelectorAll('.el-select-dropdown__item')].find(
    (item) => item.textContent?.trim() === label,
  ) as HTMLElement | undefined
  if (!option) throw new Error(`no option ${label}`)
  option.click()
  await flushPromises()
}

describe('CompanyPage', () => {
  afterEach(() => {
    ElMessage.closeAll()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('A1: an administrator saves only what changed; the header shows the new name at once', async () => {
    const fetchMock = answerOperations({
      Company: { data: company },
      UpdateCompany: (variables: Record<string, unknown>) => ({
        data: { updateMyTenant: { ...company.myTenant, ...(variables.input as object) } },
      }),
      UpdateHomeRegion: { data: { updateAcdSettings: { homeRegion: 'HK' } } },
    })
    const wrapper = mountAdmin(CompanyPage, { props: areaProps('companySettings') })
    await flushPromises()
    expect((input(wrapper, 'name').element as HTMLInputElement).value).toBe('星辰科技')
    expect(wrapper.find('[data-testid=company-save]').attributes('disabled')).toBeDefined()

    await input(wrapper, 'name').setValue(' 星辰云科技 ')
    await choose(wrapper, 'home-region', '中国香港特别行政区 (HK)')
    await wrapper.find('[data-testid=company-save]').trigger('click')
    await flushPromises()
    expect(sentTo(fetchMock, 'UpdateCompany')).toEqual([{ input: { name: '星辰云科技' } }])
    expect(sentTo(fetchMock, 'UpdateHomeRegion')).toEqual([{ homeRegion: 'HK' }])
    expect(useTenantStore().tenant?.name).toBe('星辰云科技')
    await vi.waitFor(() => expect(document.querySelector('.el-message--success')).not.toBeNull())
    expect(wrapper.find('[data-testid=company-save]').attributes('disabled')).toBeDefined()
  })

  it('A1: a refused field shows the reason beside it', async () => {
    answerOperations({
      Company: { data: company },
      UpdateCompany: {
        errors: [
          {
            message: 'timeZone: is not a known IANA time zone, e.g. Asia/Shanghai',
            extensions: {
              code: 'BAD_USER_INPUT',
              problems: [
                {
                  field: 'timeZone',
                  code: 'UNKNOWN_TIME_ZONE',
                  message: 'is not a known IANA time zone, e.g. Asia/Shanghai',
                },
              ],
            },
          },
        ],
      },
    })
    const wrapper = mountAdmin(CompanyPage, { props: areaProps('companySettings') })
    await flushPromises()
    await choose(wrapper, 'time-zone', 'Europe/Berlin (UTC+01:00)')
    await wrapper.find('[data-testid=company-save]').trigger('click')
    await vi.waitFor(() => expect(errorOf(wrapper, 'time-zone').text()).toBe('不是有效的时区'))
  })

  it('A1: an empty name is caught before asking the server', async () => {
    const fetchMock = answerOperations({ Company: { data: company } })
    const wrapper = mountAdmin(CompanyPage, { props: areaProps('companySettings') })
    await flushPromises()
    await input(wrapper, 'name').setValue('  ')
    await wrapper.find('[data-testid=company-save]').trigger('click')
    await vi.waitFor(() => expect(errorOf(wrapper, 'name').text()).toBe('请填写企业名称'))
    expect(sentTo(fetchMock, 'UpdateCompany')).toEqual([])
  })

  it('A1: others read the company information but cannot change it', async () => {
    answerOperations({ Company: { data: company } })
    const wrapper = mountAdmin(CompanyPage, { props: areaProps('companySettings'), role: 'AGENT' })
    await flushPromises()
    expect(wrapper.find('[data-testid=company-save]').exists()).toBe(false)
    expect(wrapper.text()).toContain('仅管理员可以修改企业信息。')
    expect(input(wrapper, 'name').attributes('disabled')).toBeDefined()
  })
})
