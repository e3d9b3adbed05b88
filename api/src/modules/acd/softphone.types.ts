import { Field, ObjectType } from 'type-graphql'

@ObjectType({ description: 'A STUN or TURN server the browser softphone may use to reach the switch.' })
export class IceServer {
  @Field(() => [String], { description: 'The server’s URLs (`stun:…`, `turn:…`, `turns:…`).' })
  urls!: string[]

  @Field(() => String, { nullable: true, description: 'TURN user name.' })
  username!: string | null

  @Field(() => String, { nullable: true, description: 'TURN password.' })
  credential!: string | null
}

@ObjectType({
  description:
    'What the workstation’s WebRTC softphone needs to register (G2): the agent’s own SIP account and the switch node to register with.',
})
export class Softphone {
  @Field(() => String, { description: 'The agent’s SIP URI, `sip:<agent number>@<company SIP domain>`.' })
  sipUri!: string

  @Field(() => String, { description: 'SIP authentication user: the agent number in lower case.' })
  authUser!: string

  @Field(() => String, { description: 'SIP password; only the agent themself receives it here.' })
  password!: string

  @Field(() => String, { description: 'The company’s SIP domain (the digest realm).' })
  domain!: string

  @Field(() => String, { description: 'The name other phones show for the agent.' })
  displayName!: string

  @Field(() => String, { description: 'The SIP-over-WebSocket address of the switch node to register with.' })
  websocketUrl!: string

  @Field(() => String, {
    nullable: true,
    description: 'That switch node (`host:port`); empty when one address serves every node.',
  })
  node!: string | null

  @Field(() => [IceServer], { description: 'STUN/TURN servers; empty on a LAN or behind a media relay.' })
  iceServers!: IceServer[]
}
