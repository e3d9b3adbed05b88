import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core'
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql'

export enum SessionKind {
  COOKIE = 'COOKIE',
  BEARER = 'BEARER',
}

registerEnumType(SessionKind, {
  name: 'SessionKind',
  description: 'How the session token travels.',
  valuesConfig: {
    COOKIE: { description: 'An httpOnly cookie of a browser console.' },
    BEARER: { description: 'An Authorization header of an API client.' },
  },
})

@ObjectType({ description: 'One signed-in browser or API client of a user.' })
@Entity({ tableName: 'session' })
export class Session {
  @Field(() => ID, { description: 'Session identifier (not the token).' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Property({ type: 'uuid' })
  userId!: string

  /** SHA-256 of the token: a leaked table does not let anyone sign in. */
  @Property({ type: 'string', hidden: true })
  tokenHash!: string

  @Field(() => SessionKind, { description: 'Cookie (console) or bearer token (API client).' })
  @Enum({ items: () => SessionKind })
  kind!: SessionKind

  @Field(() => String, { nullable: true, description: 'Network address the session signed in from.' })
  @Property({ type: 'string', nullable: true })
  address?: string | null

  @Field(() => String, { nullable: true, description: 'Browser or client that signed in.' })
  @Property({ type: 'string', nullable: true })
  userAgent?: string | null

  @Field(() => Date, { description: 'Sign-in time.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()

  @Field(() => Date, { description: 'Last request made with this session.' })
  @Property({ type: 'Date' })
  lastSeenAt: Date = new Date()

  @Field(() => Date, { description: 'When the session ends unless used again.' })
  @Property({ type: 'Date' })
  expiresAt!: Date

  @Property({ type: 'Date', nullable: true })
  revokedAt?: Date | null
}
