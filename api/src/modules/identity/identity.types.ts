import { Field, InputType, ObjectType } from 'type-graphql'
import { PageOf } from '../../graphql/pagination.js'
import { Session } from './session.entity.js'
import { User } from './user.entity.js'

@InputType({ description: 'Email and password of an account.' })
export class LoginInput {
  @Field(() => String, { description: 'Sign-in email address.' })
  email!: string

  @Field(() => String, { description: 'Password.' })
  password!: string

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'API clients set this to receive a bearer token in the response. Browsers leave it unset and get an httpOnly cookie instead.',
  })
  issueBearerToken: boolean = false
}

@ObjectType({ description: 'The outcome of a successful sign-in.' })
export class LoginResult {
  @Field(() => User, { description: 'The signed-in user.' })
  user!: User

  @Field(() => String, {
    nullable: true,
    description: 'Bearer token for the Authorization header; only when issueBearerToken was set.',
  })
  bearerToken?: string | null
}

@InputType({ description: 'Replace the signed-in user’s password.' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The password in use now.' })
  currentPassword!: string

  @Field(() => String, {
    description: 'The new password: at least 10 characters with letters and digits.',
  })
  newPassword!: string
}

export const SessionPage = PageOf(Session, 'Session')
