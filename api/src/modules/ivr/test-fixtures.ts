// The IVR tests' common pieces: approved prompts made through the voice library, flows built from a
// compact description, schedules, and the GraphQL documents they use.
import type { AcdFixture } from '../../../test/acd-fixtures.js'

export const SAVE_DRAFT = `mutation ($id: ID!, $definition: IvrFlowDefinitionInput!) {
  saveIvrFlowDraft(id: $id, definition: $definition) { id version status }
}`
export const PUBLISH = `mutation ($id: ID!) { publishIvrFlow(id: $id) { id version status } }`

let prompts = 0

/** A TTS prompt approved by the tenant's super admin: what flows may play. */
export async function approvedPrompt(acd: AcdFixture, text = '请按键'): Promise<string> {
  const { synthesizePrompt } = await acd.gql<{ synthesizePrompt: { id: string } }>(
    `mutation ($input: SynthesizePromptInput!) { synthesizePrompt(input: $input) { id } }`,
    {
      input: {
        name: `IVR prompt ${++prompts} ${process.pid}`,
        text: `${text} ${prompts}`,
        voice: 'MANDARIN',
      },
    },
  )
  await acd.gql(`mutation ($id: ID!) { reviewVoicePrompt(id: $id, input: { decision: APPROVE }) { id } }`, {
    id: synthesizePrompt.id,
  })
  return synthesizePrompt.id
}

/** A TTS prompt left waiting for review. */
export async function pendingPrompt(acd: AcdFixture): Promise<string> {
  const { synthesizePrompt } = await acd.gql<{ synthesizePrompt: { id: string } }>(
    `mutation ($input: SynthesizePromptInput!) { synthesizePrompt(input: $input) { id } }`,
    {
      input: {
        name: `Pending prompt ${++prompts} ${process.pid}`,
        text: `等待审核 ${prompts}`,
        voice: 'MANDARIN',
      },
    },
  )
  return synthesizePrompt.id
}

export interface KeySpec {
  key: string
  action: string | null
  [target: string]: unknown
}

/** A menu input with defaults that keep tests short: 1 second to press, one retry. */
export function menu(id: string, promptId: string, keys: KeySpec[], extra: Record<string, unknown> = {}) {
  return { id, name: `Menu ${id}`, promptId, digitTimeoutSeconds: 1, maxRetries: 1, keys, ...extra }
}

export async function createFlow(acd: AcdFixture, name = `Flow ${++prompts}`): Promise<string> {
  const { createIvrFlow } = await acd.gql<{ createIvrFlow: { id: string } }>(
    `mutation ($input: CreateIvrFlowInput!) { createIvrFlow(input: $input) { id } }`,
    { input: { name } },
  )
  return createIvrFlow.id
}

/** Creates a flow, saves the menus as its draft and publishes them. */
export async function publishedFlow(acd: AcdFixture, menus: unknown[], rootMenuId = 'root'): Promise<string> {
  const id = await createFlow(acd)
  await acd.gql(SAVE_DRAFT, { id, definition: { rootMenuId, menus } })
  await acd.gql(PUBLISH, { id })
  return id
}

/** A schedule open every day around the clock (or with the days given), for the flow. */
export async function schedule(acd: AcdFixture, flowId: string, days?: unknown[]): Promise<string> {
  const { createIvrSchedule } = await acd.gql<{ createIvrSchedule: { id: string } }>(
    `mutation ($input: IvrScheduleInput!) { createIvrSchedule(input: $input) { id } }`,
    {
      input: {
        name: `Schedule ${++prompts}`,
        flowId,
        days:
          days ??
          [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, ranges: [{ start: '00:00', end: '24:00' }] })),
      },
    },
  )
  return createIvrSchedule.id
}

let numbers = 0

/** A number of the company that follows the schedule. */
export async function numberFollowing(acd: AcdFixture, scheduleId: string): Promise<string> {
  const number = `+8640013${String(process.pid % 100).padStart(2, '0')}${String(++numbers).padStart(3, '0')}`
  await acd.gql(`mutation ($input: AddPhoneNumberInput!) { addPhoneNumber(input: $input) { id } }`, {
    input: { number, scheduleId },
  })
  return number
}
