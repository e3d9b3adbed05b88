import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'

export enum SimulatedCallState {
  RINGING = 'RINGING',
  TALKING = 'TALKING',
  ENDED = 'ENDED',
}

registerEnumType(SimulatedCallState, {
  name: 'SimulatedCallState',
  description: 'Where a call on a simulated phone stands.',
  valuesConfig: {
    RINGING: { description: 'The phone rings: answer or decline it.' },
    TALKING: { description: 'Answered: the call is on.' },
    ENDED: { description: 'Hung up, declined or not answered in time.' },
  },
})

@ObjectType({ description: 'A call on the viewer’s simulated phone (one leg of the switch simulator).' })
export class SimulatedPhoneCall {
  @Field(() => ID, { description: 'The phone’s leg on the switch.' })
  legId!: string

  @Field(() => SimulatedCallState, { description: 'Ringing, talking or ended.' })
  state!: SimulatedCallState

  @Field(() => String, { nullable: true, description: 'The other side’s number, as the phone shows it.' })
  remoteNumber!: string | null

  @Field(() => Boolean, {
    description:
      'The platform rang the phone at the agent’s own request (dialling out, taking a call back): it answers by itself.',
  })
  isAutoAnswer!: boolean
}

@ObjectType({ description: 'A simulated phone’s registration with the switch simulator (G2).' })
export class SimulatedPhoneRegistration {
  @Field(() => Int, {
    description: 'Seconds the registration lasts; register again well before they run out.',
  })
  expiresSeconds!: number

  @Field(() => [SimulatedPhoneCall], {
    description: 'Calls ringing on the phone now (a page reloaded while it rang).',
  })
  ringing!: SimulatedPhoneCall[]
}
