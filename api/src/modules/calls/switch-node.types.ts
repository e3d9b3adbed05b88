import { Field, Int, ObjectType } from 'type-graphql'

@ObjectType({ description: 'A FreeSWITCH node of the cluster, as the answering API instance sees it.' })
export class SwitchNodeStatus {
  @Field(() => String, { description: 'host:port of the node’s event socket.' })
  name!: string

  @Field(() => Boolean, { description: 'Whether the API has a working event-socket connection to it.' })
  isConnected!: boolean

  @Field(() => Boolean, {
    description: 'Whether the answering API instance owns the node (consumes its events).',
  })
  isOwnedHere!: boolean

  @Field(() => String, { nullable: true, description: 'Why the connection last dropped, if it did.' })
  lastError!: string | null

  @Field(() => Date, { nullable: true, description: 'When the node’s last HEARTBEAT arrived.' })
  lastHeartbeatAt!: Date | null

  @Field(() => Int, { nullable: true, description: 'Channels open on the node.' })
  sessions!: number | null

  @Field(() => Int, { nullable: true, description: 'Seconds since the node started.' })
  uptimeSeconds!: number | null
}
