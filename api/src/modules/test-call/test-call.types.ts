import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { SystemPromptKind } from '../voice/prompt-catalog.js'
import { HeardPromptKind } from './heard-media.js'

export enum TestCallEventKind {
  DIALLED = 'DIALLED',
  ANSWERED = 'ANSWERED',
  PROMPT = 'PROMPT',
  KEY_PRESSED = 'KEY_PRESSED',
  AGENT_RINGING = 'AGENT_RINGING',
  AGENT_MISSED = 'AGENT_MISSED',
  AGENT_CONNECTED = 'AGENT_CONNECTED',
  NUMBER_CONNECTED = 'NUMBER_CONNECTED',
  DISCONNECTED = 'DISCONNECTED',
  HELD = 'HELD',
  RESUMED = 'RESUMED',
  ENDED = 'ENDED',
}

/** Who ended a test call. */
export enum TestCallEnd {
  CALLER = 'CALLER',
  CALL_CENTER = 'CALL_CENTER',
}

registerEnumType(HeardPromptKind, {
  name: 'HeardPromptKind',
  description: 'What a caller hears, as the product names it.',
  valuesConfig: {
    SYSTEM_PROMPT: { description: 'One of the five system prompts (A5): see `systemPrompt`.' },
    VOICE_PROMPT: { description: 'A prompt of the company’s voice library (A6), e.g. an IVR menu’s.' },
    QUEUE_POSITION: { description: 'The queue says the caller’s place (X6): see `position`.' },
    CALLBACK_OFFER: { description: 'The queue offers a callback on a key (X6): see `key`.' },
    CALLBACK_ACCEPTED: { description: 'The queue confirms the callback the caller asked for.' },
    ALL_AGENTS_BUSY: { description: 'The queue is full or the wait too long: no one can take the call.' },
    NOT_IN_SERVICE: { description: 'The number routes nowhere yet.' },
    GOODBYE: { description: '“Thank you for calling”, after the IVR gave up waiting for a key.' },
    THANK_YOU: { description: '“Thank you”, after the satisfaction survey.' },
    TONE: { description: 'A tone the switch generates.' },
    MUSIC_ON_HOLD: { description: 'The switch’s own music on hold.' },
    SILENCE: { description: 'A pause.' },
    OTHER: { description: 'Audio the product has no name for; see `media`.' },
  },
})

registerEnumType(TestCallEventKind, {
  name: 'TestCallEventKind',
  description: 'What happened on a test call, from the caller’s side.',
  valuesConfig: {
    DIALLED: { description: 'The caller dialled the company’s number.' },
    ANSWERED: { description: 'The call center picked up (the IVR or the queue).' },
    PROMPT: {
      description: 'Something was played to the caller: see `prompt`, and `endedAt` once it stopped.',
    },
    KEY_PRESSED: { description: 'The caller pressed a key: see `key`.' },
    AGENT_RINGING: { description: 'An agent’s phone rings for the call: see `agent`.' },
    AGENT_MISSED: { description: 'The agent did not take the call: see `agent` and `cause`.' },
    AGENT_CONNECTED: { description: 'The caller talks to an agent: see `agent`.' },
    NUMBER_CONNECTED: { description: 'The caller was put through to an outside number: see `number`.' },
    DISCONNECTED: { description: 'The agent or number left the call; the caller is still on the line.' },
    HELD: {
      description:
        'The agent took the caller off the line, still on theirs: hold, a consultation, or a transfer’s first step.',
    },
    RESUMED: { description: 'The caller is back with the agent (or number) who held them.' },
    ENDED: { description: 'The call ended: see `endedBy` on the call, and `cause`.' },
  },
})

registerEnumType(TestCallEnd, {
  name: 'TestCallEnd',
  description: 'Who ended a test call.',
  valuesConfig: {
    CALLER: { description: 'The test caller hung up.' },
    CALL_CENTER: { description: 'The call center hung up (after a message, or the agent ended the call).' },
  },
})

@ObjectType({ description: 'What a caller hears, named as the product knows it.' })
export class HeardPrompt {
  @Field(() => HeardPromptKind, { description: 'What it is.' })
  kind!: HeardPromptKind

  @Field(() => SystemPromptKind, { nullable: true, description: 'SYSTEM_PROMPT: which one.' })
  systemPrompt!: SystemPromptKind | null

  @Field(() => String, {
    nullable: true,
    description: 'The voice library prompt’s name: VOICE_PROMPT, or a system prompt filled from the library.',
  })
  name!: string | null

  @Field(() => Int, { nullable: true, description: 'QUEUE_POSITION: the place said.' })
  position!: number | null

  @Field(() => String, { nullable: true, description: 'CALLBACK_OFFER: the key said.' })
  key!: string | null

  @Field(() => String, {
    nullable: true,
    description: 'The IVR menu the prompt asks the caller to choose in, when it is a menu’s prompt.',
  })
  menu!: string | null

  @Field(() => String, {
    description: 'What the switch played, relative to the media directory (a file, tone or stream).',
  })
  media!: string
}

@ObjectType({ description: 'An agent a test call reached.' })
export class TestCallAgent {
  @Field(() => ID, { description: 'The agent.' })
  id!: string

  @Field(() => String, { description: 'Their name.' })
  name!: string

  @Field(() => String, { nullable: true, description: 'Their agent number.' })
  agentNumber!: string | null
}

@ObjectType({ description: 'One moment of a test call, from the caller’s side.' })
export class TestCallEvent {
  @Field(() => Date, { description: 'When it happened.' })
  at!: Date

  @Field(() => TestCallEventKind, { description: 'What happened.' })
  kind!: TestCallEventKind

  @Field(() => HeardPrompt, { nullable: true, description: 'PROMPT: what was played.' })
  prompt!: HeardPrompt | null

  @Field(() => Date, { nullable: true, description: 'PROMPT: when it stopped; empty while it plays.' })
  endedAt!: Date | null

  @Field(() => Boolean, {
    description: 'PROMPT: cut short (a key, an agent answering, a hang-up) rather than played to its end.',
  })
  isInterrupted!: boolean

  @Field(() => String, { nullable: true, description: 'KEY_PRESSED: the key.' })
  key!: string | null

  @Field(() => TestCallAgent, {
    nullable: true,
    description: 'AGENT_*, and DISCONNECTED, HELD and RESUMED by an agent: the agent.',
  })
  agent!: TestCallAgent | null

  @Field(() => String, { nullable: true, description: 'NUMBER_CONNECTED: the outside number.' })
  number!: string | null

  @Field(() => String, {
    nullable: true,
    description: 'AGENT_MISSED and ENDED: the switch’s cause, e.g. NO_ANSWER or NORMAL_CLEARING.',
  })
  cause!: string | null
}

@ObjectType({
  description:
    'A call an administrator places to one of the company’s numbers on the switch simulator, to hear what callers hear.',
})
export class TestCall {
  @Field(() => ID, { description: 'The call (its caller leg on the switch).' })
  id!: string

  @Field(() => ID, { description: 'The company number dialled.' })
  phoneNumberId!: string

  @Field(() => String, { description: 'That number, E.164.' })
  number!: string

  @Field(() => String, { description: 'The number the test caller called from.' })
  callerNumber!: string

  @Field(() => Date, { description: 'When it was dialled.' })
  startedAt!: Date

  @Field(() => Date, { nullable: true, description: 'When it ended; empty while it lives.' })
  endedAt!: Date | null

  @Field(() => Boolean, { description: 'Whether the call is still on.' })
  isLive!: boolean

  @Field(() => TestCallEnd, { nullable: true, description: 'Who ended it.' })
  endedBy!: TestCallEnd | null

  @Field(() => TestCallAgent, { nullable: true, description: 'The agent the caller talks to now.' })
  connectedAgent!: TestCallAgent | null

  @Field(() => [TestCallEvent], { description: 'What happened, in order.' })
  timeline!: TestCallEvent[]
}

@InputType({ description: 'A test call to place.' })
export class PlaceTestCallInput {
  @Field(() => ID, { description: 'One of the company’s numbers.' })
  phoneNumberId!: string

  @Field(() => String, { description: 'The number the test caller calls from, e.g. 13800138000.' })
  callerNumber!: string
}
