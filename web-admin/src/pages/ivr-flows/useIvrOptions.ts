// What an IVR key or holiday can point at, loaded once per page: approved prompts, skill groups, agents
// and the names of the people who saved or published versions. Each list is one page of at most 100,
// the API's page limit and more than a company of this product's size has.
import { request } from '@cc/web-common'
import { computed, shallowRef } from 'vue'
import { SkillGroupOptionsDocument, type SkillGroupOption } from '../../graphql/acd'
import type { IvrPeopleQuery } from '../../graphql/generated/graphql'
import { IvrPeopleDocument, IvrPromptOptionsDocument, type PromptOption } from '../../graphql/ivr'

type Person = IvrPeopleQuery['agents']['items'][number]

export function useIvrOptions() {
  const prompts = shallowRef<PromptOption[]>([])
  const skillGroups = shallowRef<SkillGroupOption[]>([])
  const people = shallowRef<Person[]>([])

  async function load({ withTargets = true }: { withTargets?: boolean } = {}): Promise<void> {
    const [promptPage, groupPage, peoplePage] = await Promise.all([
      request(IvrPromptOptionsDocument),
      withTargets ? request(SkillGroupOptionsDocument) : undefined,
      withTargets ? request(IvrPeopleDocument) : undefined,
    ])
    prompts.value = promptPage.voicePrompts.items
    skillGroups.value = groupPage?.skillGroups.items ?? []
    people.value = peoplePage?.agents.items ?? []
  }

  /** People who take calls: active, with an agent number. */
  const agents = computed(() =>
    people.value.filter((person) => person.agentNumber && person.status === 'ACTIVE'),
  )
  const nameOf = (id: string | null | undefined) => people.value.find((person) => person.id === id)?.name

  return { prompts, skillGroups, agents, load, nameOf }
}

export type IvrOptions = ReturnType<typeof useIvrOptions>
