import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { CallDirection } from '../calls/call-record.entity.js'
import { Customer } from '../customers/customer.entity.js'
import { EMBED_VARIABLES } from './embed-url.js'

@ObjectType({ description: 'A menu of the IVR the caller went through.' })
export class IvrPathStep {
  @Field(() => String, { description: 'The menu’s name.' })
  menuName!: string

  @Field(() => String, { nullable: true, description: 'The key the caller pressed there; empty if none.' })
  key!: string | null
}

@ObjectType({ description: 'What the workstation shows for a call the moment it rings or is dialled (G4).' })
export class ScreenPop {
  @Field(() => ID, { description: 'The call.' })
  callId!: string

  @Field(() => CallDirection, { description: 'Inbound or outbound.' })
  direction!: CallDirection

  @Field(() => String, { nullable: true, description: 'Who called (the customer, on an inbound call).' })
  callerNumber!: string | null

  @Field(() => String, {
    nullable: true,
    description:
      'The company number the customer dialled (inbound), or the customer’s number dialled (outbound).',
  })
  dialledNumber!: string | null

  @Field(() => String, { nullable: true, description: 'The number the customer is known by on this call.' })
  customerNumber!: string | null

  @Field(() => Customer, {
    nullable: true,
    description:
      'The customer of that number (created the first time it calls or is called); empty for withheld numbers.',
  })
  customer!: Customer | null

  @Field(() => String, { nullable: true, description: 'The skill group the call queued for.' })
  skillGroupName!: string | null

  @Field(() => Int, { nullable: true, description: 'Seconds the caller waited in the queue before it rang.' })
  queueWaitSeconds!: number | null

  @Field(() => Int, { description: 'How many agents had the call before this one.' })
  transfers!: number

  @Field(() => [IvrPathStep], { description: 'The IVR menus the caller went through, in order.' })
  ivrPath!: IvrPathStep[]

  @Field(() => String, {
    nullable: true,
    description:
      'The company’s embedded page for this call, its variables filled in; empty when none is set.',
  })
  embedUrl!: string | null
}

@ObjectType({ description: 'The page the company embeds in every screen pop.' })
export class ScreenPopSettings {
  @Field(() => String, {
    nullable: true,
    description: `URL template; {variables} in its path, query or fragment are filled in, URL-encoded: ${EMBED_VARIABLES.map((name) => `{${name}}`).join(', ')}.`,
  })
  urlTemplate!: string | null

  @Field(() => [String], {
    description: 'Origins besides https: ones the page may come from (e.g. an intranet http: site).',
  })
  allowedOrigins!: string[]

  @Field(() => [String], { description: 'The variables a template may use.' })
  variables!: string[]
}

@InputType({ description: 'The embedded page of the screen pop.' })
export class ScreenPopSettingsInput {
  @Field(() => String, { nullable: true, description: 'URL template; empty for no embedded page.' })
  urlTemplate?: string | null

  @Field(() => [String], { nullable: true, description: 'Allowed origins besides https: ones.' })
  allowedOrigins?: string[] | null
}

export enum EmbedFraming {
  ALLOWED = 'ALLOWED',
  REFUSED = 'REFUSED',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(EmbedFraming, {
  name: 'EmbedFraming',
  description: 'Whether the embedded page lets the workstation show it in a frame.',
  valuesConfig: {
    ALLOWED: { description: 'Its headers allow it.' },
    REFUSED: { description: 'X-Frame-Options or CSP frame-ancestors forbid it: open it in a new tab.' },
    UNKNOWN: { description: 'It could not be asked (no page, unreachable from the API, a private address).' },
  },
})

@ObjectType({ description: 'What the embedded page’s own headers say about being framed.' })
export class EmbedCheck {
  @Field(() => EmbedFraming, { description: 'The verdict.' })
  framing!: EmbedFraming

  @Field(() => String, { nullable: true, description: 'The header that refused it, as the page sent it.' })
  reason!: string | null
}
