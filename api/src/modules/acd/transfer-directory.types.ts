import { Field, ID, ObjectType } from 'type-graphql'
import { AgentStatus } from './presence.js'

@ObjectType({ description: 'A colleague the signed-in user may transfer a call to.' })
export class TransferableAgent {
  @Field(() => ID, { description: 'The agent (user ID), as `transferCall` and `consultCall` take it.' })
  id!: string

  @Field(() => String, { description: 'Display name.' })
  name!: string

  @Field(() => String, { description: 'Agent number (the SIP user).' })
  agentNumber!: string

  @Field(() => AgentStatus, { description: 'Current status; only IDLE agents can take a transfer.' })
  status!: AgentStatus
}
