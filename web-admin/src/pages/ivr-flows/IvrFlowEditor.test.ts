import { flushPromises } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { answerOperations, describeMounted, invalidFields, mountAdmin, sentTo } from '../../testing'
import IvrFlowEditor from './IvrFlowEditor.vue'

const prompt = {
  id: 'p1',
  name: '欢迎语',
  approvedAudioUrl: '/media/prompts/p1.wav',
  approvedDurationMs: 2000,
}

function key(key: string, action: string | null, subMenuId: string | null = null) {
  return { key, action, subMenuId, skillGroupId: null, agentId: null, number: null, promptId: null }
}

/** A saved draft whose menus go `levels` deep, each level opened by key 1 of the one above. */
function draftOfDepth(levels: number) {
  const menus = Array.from({ length: levels }, (_, i) => ({
    id: i === 0 ? 'root' : `m${i}`,
    name: `第 ${i + 1} 级`,
    promptId: 'p1',
    digitTimeoutSeconds: 5,
    maxRetries: 2,
    wrongKeyPromptId: null,
    keys: [i < levels - 1 ? key('1', 'SUB_MENU', `m${i + 1}`) : key('1', 'REPLAY')],
  }))
  return {
    id: 'v1',
    version: 1,
    status: 'DRAFT',
    savedAt: '2026-12-10T08:00:00Z',
    savedBy: 'viewer',
    publishedAt: null,
    publishedBy: null,
    definition: { rootMenuId: 'root', menus },
  }
}

function answers(draft: unknown, extra: Record<string, unknown> = {}) {
  return answerOperations({
    IvrFlowEditor: {
      data: {
        ivrFlow: {
          id: 'f1',
          name: '主菜单',
          description: '',
          updatedAt: '2026-12-10T08:00:00Z',
          usedBy: [],
          liveVersion: null,
          draft,
        },
      },
    },
    IvrPromptOptions: { data: { voicePrompts: { items: [prompt] } } },
    SkillGroupOptions: { data: { skillGroups: { items: [] } } },
    IvrPeople: { data: { agents: { items: [] } } },
    ...extra,
  })
}

function click(testId: string): void {
  document.querySelector<HTMLElement>(`[data-testid=${testId}]`)!.click()
}

describeMounted('IvrFlowEditor', () => {
  it('A7: the API’s problems show on the menu they name, in the tree and at the field', async () => {
    const fetchMock = answers(draftOfDepth(2), {
      SaveIvrFlowDraft: invalidFields([
        {
          field: 'menus.1.keys.0.action',
          code: 'CHOOSE_KEY_ACTION',
          message: 'choose what pressing this key does',
        },
      ]),
    })
    mountAdmin(IvrFlowEditor, { props: { flowId: 'f1' } })
    await flushPromises()
    click('ivr-save')
    await flushPromises()
    await vi.waitFor(() => expect(document.querySelector('[data-testid=ivr-node-problem-m1]')).not.toBeNull())
    expect(document.querySelector('[data-testid=ivr-node-problem-root]')).toBeNull()
    // The menu with the problem is opened, with the reason at the key's action.
    expect(document.querySelector<HTMLInputElement>('[data-testid=ivr-menu-name]')!.value).toBe('第 2 级')
    const actionItem = document.querySelector('[data-testid=ivr-key-1] .action')!
    expect(actionItem.querySelector('.el-form-item__error')?.textContent?.trim()).toBe(
      '请选择按下此键后做什么',
    )
    expect(sentTo(fetchMock, 'SaveIvrFlowDraft')[0]).toMatchObject({
      id: 'f1',
      definition: { rootMenuId: 'root', menus: [{ id: 'root' }, { id: 'm1' }] },
    })
  })

  it('A7: a fifth-level menu offers no sub-menu: neither the tree’s + nor the key action', async () => {
    answers(draftOfDepth(5))
    mountAdmin(IvrFlowEditor, { props: { flowId: 'f1' } })
    await flushPromises()
    expect(document.querySelector<HTMLButtonElement>('[data-testid=ivr-node-add-m3]')!.disabled).toBe(false)
    expect(document.querySelector<HTMLButtonElement>('[data-testid=ivr-node-add-m4]')!.disabled).toBe(true)
    document.querySelector<HTMLElement>('[data-testid=ivr-node-m4]')!.click()
    await flushPromises()
    expect(document.querySelector<HTMLInputElement>('[data-testid=ivr-menu-name]')!.value).toBe('第 5 级')
    document
      .querySelector<HTMLElement>('[data-testid=ivr-key-1] [data-testid=ivr-key-action] .el-select__wrapper')!
      .click()
    await flushPromises()
    const subMenu = [...document.querySelectorAll('.el-select-dropdown__item')].find((item) =>
      item.textContent?.startsWith('进入子菜单'),
    )!
    expect(subMenu.classList.contains('is-disabled')).toBe(true)
    expect(subMenu.textContent).toContain('最多 5 级菜单')
  })

  const editorText = () => document.querySelector('[data-testid=ivr-flow-editor]')!.textContent!

  it('A7: a flow just created opens on one first menu without claiming unsaved changes; a change is unsaved until saved', async () => {
    const fetchMock = answers(null, {
      SaveIvrFlowDraft: { data: { saveIvrFlowDraft: draftOfDepth(1) } },
    })
    mountAdmin(IvrFlowEditor, { props: { flowId: 'f1' } })
    await flushPromises()
    expect(editorText()).toContain('未发布')
    expect(editorText()).not.toContain('有未保存的修改')
    click('ivr-node-add-root')
    await flushPromises()
    expect(document.querySelector<HTMLInputElement>('[data-testid=ivr-menu-name]')!.value).toBe('新子菜单')
    expect(editorText()).toContain('有未保存的修改')
    click('ivr-save')
    await flushPromises()
    const sent = sentTo(fetchMock, 'SaveIvrFlowDraft')[0] as {
      definition: { menus: Array<{ keys: unknown[] }> }
    }
    expect(sent.definition.menus).toHaveLength(2)
    expect(sent.definition.menus[0]!.keys).toEqual([key('1', null), { ...key('2', 'SUB_MENU', 'm1') }])
    expect(editorText()).not.toContain('有未保存的修改')
  })

  it('A7: a saved draft opens, and saves again, without claiming unsaved changes', async () => {
    answers(draftOfDepth(2), { SaveIvrFlowDraft: { data: { saveIvrFlowDraft: draftOfDepth(2) } } })
    const wrapper = mountAdmin(IvrFlowEditor, { props: { flowId: 'f1' } })
    await flushPromises()
    expect(editorText()).toContain('草稿 v1')
    expect(editorText()).not.toContain('有未保存的修改')
    expect((wrapper.vm as unknown as { isDirty: boolean }).isDirty).toBe(false)
    click('ivr-save')
    await flushPromises()
    expect(editorText()).not.toContain('有未保存的修改')
    expect((wrapper.vm as unknown as { isDirty: boolean }).isDirty).toBe(false)
  })
})
