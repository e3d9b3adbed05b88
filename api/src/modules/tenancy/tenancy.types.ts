import { Field, InputType, ObjectType } from 'type-graphql'
import { User } from '../identity/user.entity.js'
import { Tenant } from './tenant.entity.js'

@InputType({ description: 'Free registration: a company and its super administrator in one step.' })
export class SignupInput {
  @Field(() => String, { description: 'Company name, 1–100 characters.' })
  companyName!: string

  @Field(() => String, {
    defaultValue: 'Asia/Shanghai',
    description: 'IANA time zone of the company, e.g. Asia/Shanghai.',
  })
  timeZone: string = 'Asia/Shanghai'

  @Field(() => String, { description: 'Name of the super administrator.' })
  name!: string

  @Field(() => String, {
    description: 'Email of the super administrator; the sign-in, unique on the platform.',
  })
  email!: string

  @Field(() => String, { description: 'Password: at least 10 characters with letters and digits.' })
  password!: string
}

@ObjectType({ description: 'A new tenant and its signed-in super administrator.' })
export class SignupResult {
  @Field(() => Tenant, { description: 'The company created.' })
  tenant!: Tenant

  @Field(() => User, { description: 'Its super administrator, now signed in.' })
  user!: User
}

@InputType({ description: 'Changes to the company information; omitted fields stay as they are.' })
export class UpdateTenantInput {
  @Field(() => String, { nullable: true, description: 'Company name, 1–100 characters.' })
  name?: string

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Asia/Shanghai.' })
  timeZone?: string
}
