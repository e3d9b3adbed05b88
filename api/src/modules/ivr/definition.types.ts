// The GraphQL shape of an IVR flow's menus (A7): a flat list of menus linked by sub-menu keys, so an
// editor sends and receives the whole tree in one object without recursive fragments.
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { IvrAction } from './flow-definition.js'

registerEnumType(IvrAction, {
  name: 'IvrAction',
  description: 'What pressing a key in an IVR menu does.',
  valuesConfig: {
    SUB_MENU: { description: 'Goes one level down, to the menu named by `subMenuId`.' },
    SKILL_GROUP: { description: 'Puts the caller in the queue of the skill group `skillGroupId`.' },
    AGENT: { description: 'Queues the caller for one agent, `agentId`, through that agent’s skill group.' },
    OUTSIDE_NUMBER: {
      description: 'Connects the caller to `number` through the trunk, shown with the company’s caller ID.',
    },
    REPLAY: { description: 'Plays the same menu again.' },
    UP: { description: 'Goes back to the menu one level up (not allowed in the first menu).' },
    PLAY_AND_HANG_UP: { description: 'Plays the prompt `promptId`, then hangs up.' },
    SURVEY: {
      description: 'Plays the satisfaction-survey prompt, records a score 1–5 on the call, then hangs up.',
    },
  },
})

@ObjectType({ description: 'One key of an IVR menu and what pressing it does.' })
export class IvrMenuKey {
  @Field(() => String, { description: 'The key: one of 0–9, * and #; unique within its menu.' })
  key!: string

  @Field(() => IvrAction, { description: 'What pressing the key does.' })
  action!: IvrAction

  @Field(() => String, { nullable: true, description: 'SUB_MENU: the `id` of the menu it opens.' })
  subMenuId!: string | null

  @Field(() => ID, {
    nullable: true,
    description: 'SKILL_GROUP: the skill group whose queue the caller joins.',
  })
  skillGroupId!: string | null

  @Field(() => ID, { nullable: true, description: 'AGENT: the agent the caller waits for.' })
  agentId!: string | null

  @Field(() => String, { nullable: true, description: 'OUTSIDE_NUMBER: the number called, in E.164.' })
  number!: string | null

  @Field(() => ID, {
    nullable: true,
    description: 'PLAY_AND_HANG_UP: the approved prompt played before hanging up.',
  })
  promptId!: string | null
}

@ObjectType({ description: 'One menu of an IVR flow: a prompt, the keys it accepts, and its timing.' })
export class IvrMenu {
  @Field(() => String, {
    description: 'Identifier within the flow, chosen by the editor (1–40 letters, digits, - or _).',
  })
  id!: string

  @Field(() => String, { description: 'Name shown in the editor, e.g. “售后服务”.' })
  name!: string

  @Field(() => ID, { description: 'The approved voice prompt that announces the choices.' })
  promptId!: string

  @Field(() => Int, { description: 'Seconds the caller has to press a key after the prompt (1–30).' })
  digitTimeoutSeconds!: number

  @Field(() => Int, {
    description: 'Further tries after a wrong key or no key (0–5); then a goodbye and the call ends.',
  })
  maxRetries!: number

  @Field(() => ID, {
    nullable: true,
    description: 'Approved prompt played on a wrong key; the company’s wrong-key system prompt when empty.',
  })
  wrongKeyPromptId!: string | null

  @Field(() => [IvrMenuKey], { description: 'The keys callers may press, each with its action.' })
  keys!: IvrMenuKey[]
}

@ObjectType({ description: 'The menus of one version of an IVR flow, at most 5 levels deep.' })
export class IvrFlowDefinitionType {
  @Field(() => String, { description: 'The `id` of the first menu callers hear.' })
  rootMenuId!: string

  @Field(() => [IvrMenu], { description: 'Every menu of the flow, linked by SUB_MENU keys.' })
  menus!: IvrMenu[]
}

@InputType({
  description:
    'One key of a menu. Give the target its action needs; others are ignored. A key without an action is refused with an error on it.',
})
export class IvrMenuKeyInput {
  @Field(() => String, { description: 'The key: one of 0–9, * and #.' })
  key!: string

  @Field(() => IvrAction, { nullable: true, description: 'What pressing the key does.' })
  action?: IvrAction | null

  @Field(() => String, { nullable: true, description: 'SUB_MENU: the `id` of a menu in this definition.' })
  subMenuId?: string | null

  @Field(() => ID, { nullable: true, description: 'SKILL_GROUP: a skill group of the company.' })
  skillGroupId?: string | null

  @Field(() => ID, { nullable: true, description: 'AGENT: an agent of the company.' })
  agentId?: string | null

  @Field(() => String, {
    nullable: true,
    description:
      'OUTSIDE_NUMBER: E.164 or national in the home region; the call settings’ allow-list applies.',
  })
  number?: string | null

  @Field(() => ID, { nullable: true, description: 'PLAY_AND_HANG_UP: an approved voice prompt.' })
  promptId?: string | null
}

@InputType({ description: 'One menu of a draft flow.' })
export class IvrMenuInput {
  @Field(() => String, { description: 'Identifier within the flow (1–40 letters, digits, - or _).' })
  id!: string

  @Field(() => String, { description: 'Name shown in the editor, 1–40 characters.' })
  name!: string

  @Field(() => ID, { description: 'An approved voice prompt announcing the choices.' })
  promptId!: string

  @Field(() => Int, { nullable: true, description: 'Seconds to wait for a key (1–30); 5 when omitted.' })
  digitTimeoutSeconds?: number | null

  @Field(() => Int, { nullable: true, description: 'Further tries (0–5); 2 when omitted.' })
  maxRetries?: number | null

  @Field(() => ID, {
    nullable: true,
    description: 'Approved prompt for wrong keys; the system prompt when empty.',
  })
  wrongKeyPromptId?: string | null

  @Field(() => [IvrMenuKeyInput], { description: 'The keys callers may press (at least one).' })
  keys!: IvrMenuKeyInput[]
}

@InputType({
  description:
    'A whole draft: every menu at once. Errors name the field by its place here, e.g. `menus.2.keys.0.skillGroupId`.',
})
export class IvrFlowDefinitionInput {
  @Field(() => String, { description: 'The `id` of the first menu.' })
  rootMenuId!: string

  @Field(() => [IvrMenuInput], { description: 'Every menu, at most 100, at most 5 levels deep.' })
  menus!: IvrMenuInput[]
}
