import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { answerOperations, mountAdmin } from '../../testing'
import AgentsTab from './AgentsTab.vue'

function row(id: string, name: string) {
  return {
    id,
    name,
    email: `${id}@example.com`,
    agentNumber: id === 'viewer' ? null : id.toUpperCase(),
    role: id === 'viewer' ? 'SUPER_ADMIN' : 'AGENT',
    organization: id === 'viewer' ? null : 'INBOUND',
    status: 'ACTIVE',
    mobile: null,
    answeringMode: 'SIP',
    mustChangePassword: false,
    signInLockedUntil: null,
    createdAt: '2026-12-10T08:00:00Z',
    groups: [],
  }
}

/** Answers each Agents request only when the test says so, to look at the page while it waits. */
function heldAgentsAnswers() {
  const held: Array<{ variables: Record<string, unknown>; answer: (items: unknown[]) => void }> = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { variables } = JSON.parse(String(init.body)) as { variables: Record<string, unknown> }
      const items = await new Promise<unknown[]>((resolve) => held.push({ variables, answer: resolve }))
      const body = { data: { agents: { totalCount: items.length, items } } }
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
    }),
  )
  return held
}

const text = () => document.querySelector('[data-testid=agents-table]')!.parentElement!.textContent!
const NO_AGENTS_YET = '还没有坐席'

describe('AgentsTab', { timeout: 30_000 }, () => {
  afterEach(() => {
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('A2: a company of just its super admin shows that row and says what to do, never “no agents yet” beside it', async () => {
    answerOperations({ Agents: { data: { agents: { totalCount: 1, items: [row('viewer', '王总')] } } } })
    mountAdmin(AgentsTab, { props: { groups: [] } })
    await flushPromises()
    expect(document.querySelectorAll('[data-testid=agents-table] tbody tr')).toHaveLength(1)
    expect(text()).toContain('王总')
    expect(text()).not.toContain(NO_AGENTS_YET)
    expect(document.querySelector('[data-testid=agents-only-you]')?.textContent).toContain(
      '团队里目前只有您自己',
    )
  })

  it('A2: while the list loads or a filter is applied, no empty state claims there are no agents', async () => {
    const held = heldAgentsAnswers()
    mountAdmin(AgentsTab, { props: { groups: [] } })
    await flushPromises()
    // The first page is on its way: nothing is known yet, so nothing is claimed.
    expect(held).toHaveLength(1)
    expect(text()).not.toContain(NO_AGENTS_YET)
    held[0]!.answer([row('viewer', '王总'), row('a1', '李雷')])
    await flushPromises()
    expect(document.querySelectorAll('[data-testid=agents-table] tbody tr')).toHaveLength(2)

    // A search that matches nobody: the rows stay until the answer, then the filtered empty state shows.
    const search = document.querySelector<HTMLInputElement>(
      'input[data-testid=agents-search], [data-testid=agents-search] input',
    )!
    search.value = '韩'
    search.dispatchEvent(new Event('input'))
    await vi.waitFor(() => expect(held).toHaveLength(2), { timeout: 2000 })
    expect(text()).not.toContain(NO_AGENTS_YET)
    held[1]!.answer([])
    await flushPromises()
    expect(text()).toContain('没有符合条件的坐席')

    // Clearing the search: until the whole list is back, no “no agents yet” under the old empty result.
    search.value = ''
    search.dispatchEvent(new Event('input'))
    await vi.waitFor(() => expect(held).toHaveLength(3), { timeout: 2000 })
    expect(text()).not.toContain(NO_AGENTS_YET)
    held[2]!.answer([row('viewer', '王总'), row('a1', '李雷')])
    await flushPromises()
    expect(document.querySelectorAll('[data-testid=agents-table] tbody tr')).toHaveLength(2)
    expect(text()).not.toContain(NO_AGENTS_YET)
  })
  it('A2: a failed load says it could not load, with the reason and a retry, never “no agents yet”', async () => {
    let isDown = true
    const fetchMock = answerOperations({
      Agents: () =>
        isDown
          ? { data: null, errors: [{ message: 'boom', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }
          : { data: { agents: { totalCount: 2, items: [row('viewer', '王总'), row('a1', '李雷')] } } },
    })
    mountAdmin(AgentsTab, { props: { groups: [] } })
    await flushPromises()
    expect(text()).not.toContain(NO_AGENTS_YET)
    expect(document.querySelector('[data-testid=agents-table] [data-testid=empty-state]')).toBeNull()
    expect(document.querySelector('[data-testid=list-error]')?.textContent).toContain('列表加载失败')
    expect(document.querySelector('[data-testid=list-error-reason]')?.textContent).toBe(
      '服务暂不可用，请联系平台运维人员',
    )

    isDown = false
    document.querySelector<HTMLButtonElement>('[data-testid=list-retry]')!.click()
    await flushPromises()
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(document.querySelector('[data-testid=list-error]')).toBeNull()
    expect(document.querySelectorAll('[data-testid=agents-table] tbody tr')).toHaveLength(2)
  })
})
