import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import ListEmpty from '../components/ListEmpty.vue'
import { GraphQLRequestError } from '../graphql/client'
import { mountWithPlugins } from '../testing'
import { usePagedList, type PageResult } from './usePagedList'

/** A load whose answers the test gives, in any order. */
function heldLoads() {
  const held: Array<{ resolve: (page: PageResult<string>) => void; reject: (error: unknown) => void }> = []
  const load = () =>
    new Promise<PageResult<string>>((resolve, reject) => {
      held.push({ resolve, reject })
    })
  return { held, load }
}

/** A table-like list: its rows, or ListEmpty around an empty state. */
function mountList(load: () => Promise<PageResult<string>>, query = ref('')) {
  let list!: ReturnType<typeof usePagedList<string>>
  const Component = defineComponent(() => {
    list = usePagedList(load, query, () => undefined)
    return () =>
      list.rows.value.length > 0
        ? h(
            'ul',
            list.rows.value.map((row) => h('li', row)),
          )
        : h(
            ListEmpty,
            { isLoading: list.isLoading.value, error: list.error.value, onRetry: () => void list.reload() },
            () => h('p', { 'data-testid': 'empty-state' }, 'nothing yet'),
          )
  })
  mountWithPlugins(Component)
  return { list: () => list, query }
}

const shown = () => ({
  rows: document.querySelectorAll('li').length,
  isEmpty: document.querySelector('[data-testid=empty-state]') !== null,
  error: document.querySelector('[data-testid=list-error-reason]')?.textContent ?? null,
})

describe('usePagedList with ListEmpty', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('says nothing while loading, then the rows', async () => {
    const { held, load } = heldLoads()
    mountList(load)
    await flushPromises()
    expect(shown()).toEqual({ rows: 0, isEmpty: false, error: null })
    held[0]!.resolve({ totalCount: 2, items: ['a', 'b'] })
    await flushPromises()
    expect(shown()).toEqual({ rows: 2, isEmpty: false, error: null })
  })

  it('a failed load shows why and a retry, not the empty state; the retry brings the rows', async () => {
    const { held, load } = heldLoads()
    mountList(load)
    held[0]!.reject(new GraphQLRequestError({ message: 'down', extensions: { code: 'NETWORK_ERROR' } }))
    await flushPromises()
    expect(shown()).toEqual({ rows: 0, isEmpty: false, error: '网络连接失败，请检查网络后重试' })
    document.querySelector<HTMLButtonElement>('[data-testid=list-retry]')!.click()
    await flushPromises()
    expect(held).toHaveLength(2)
    expect(shown().error).toBeNull()
    held[1]!.resolve({ totalCount: 1, items: ['a'] })
    await flushPromises()
    expect(shown()).toEqual({ rows: 1, isEmpty: false, error: null })
  })

  it('a failure that is not a GraphQL refusal is still no empty list', async () => {
    const { held, load } = heldLoads()
    mountList(load)
    held[0]!.reject(new TypeError('x is undefined'))
    await flushPromises()
    expect(shown()).toEqual({ rows: 0, isEmpty: false, error: '服务器开小差了，请稍后再试' })
  })

  it('an older answer, good or failed, never replaces the newer one', async () => {
    const { held, load } = heldLoads()
    const { query } = mountList(load)
    query.value = 'x'
    await flushPromises()
    expect(held).toHaveLength(2)
    held[1]!.resolve({ totalCount: 1, items: ['new'] })
    held[0]!.reject(new Error('late failure of the old filter'))
    await flushPromises()
    expect(shown()).toEqual({ rows: 1, isEmpty: false, error: null })
    expect(document.querySelector('li')!.textContent).toBe('new')
  })

  it('after a failure of a newer filter, the rows of the older one are gone', async () => {
    const { held, load } = heldLoads()
    const { query } = mountList(load)
    held[0]!.resolve({ totalCount: 1, items: ['old'] })
    await flushPromises()
    query.value = 'x'
    await flushPromises()
    held[1]!.reject(new GraphQLRequestError({ message: 'no', extensions: { code: 'FORBIDDEN' } }))
    await flushPromises()
    expect(shown()).toEqual({ rows: 0, isEmpty: false, error: '当前角色无权执行此操作' })
  })

  it('an empty answer shows the empty state', async () => {
    const { held, load } = heldLoads()
    mountList(load)
    held[0]!.resolve({ totalCount: 0, items: [] })
    await flushPromises()
    expect(shown()).toEqual({ rows: 0, isEmpty: true, error: null })
  })
})
