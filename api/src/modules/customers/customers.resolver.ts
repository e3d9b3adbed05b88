import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import { pagedCost } from '../../graphql/limits.js'
import { PageInput, type Page } from '../../graphql/pagination.js'
import { Role } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import { CustomFieldDefinition } from './custom-field.entity.js'
import { CustomFieldEntity } from './custom-field-values.js'
import { Customer } from './customer.entity.js'
import {
  CreateCustomerInput,
  CreateCustomFieldDefinitionInput,
  CustomerFilter,
  CustomerPage,
  UpdateCustomerInput,
  UpdateCustomFieldDefinitionInput,
} from './customers.types.js'

const pageArg = { nullable: true, description: 'Which page; the first 20 rows when omitted.' }
const filterArg = { nullable: true, description: 'Conditions; all visible when omitted.' }

/** Tenant-defined fields of customers, service summaries and outbound task data (G4, A13). */
@Resolver(() => CustomFieldDefinition)
export class CustomFieldsResolver {
  @Authorized()
  @Query(() => [CustomFieldDefinition], {
    description: 'The custom fields of a kind of record, in form order, hidden ones included.',
  })
  customFieldDefinitions(
    @Arg('entity', () => CustomFieldEntity, { description: 'The kind of record.' }) entity: CustomFieldEntity,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CustomFieldDefinition[]> {
    return ctx.services.customFields.list(viewer, entity)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CustomFieldDefinition, {
    description: 'Adds a custom field; a required one is refused while stored records have no value for it.',
  })
  createCustomFieldDefinition(
    @Arg('input', () => CreateCustomFieldDefinitionInput, { description: 'The field.' })
    input: CreateCustomFieldDefinitionInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CustomFieldDefinition> {
    return ctx.services.customFields.create(viewer, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CustomFieldDefinition, {
    description: 'Changes a custom field; its key and kind of record are fixed.',
  })
  updateCustomFieldDefinition(
    @Arg('id', () => ID, { description: 'The field.' }) id: string,
    @Arg('input', () => UpdateCustomFieldDefinitionInput, { description: 'The changes.' })
    input: UpdateCustomFieldDefinitionInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CustomFieldDefinition> {
    return ctx.services.customFields.update(viewer, id, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: 'Deletes a custom field and its stored values; hide it instead to keep them.',
  })
  deleteCustomFieldDefinition(
    @Arg('id', () => ID, { description: 'The field.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.customFields.delete(viewer, id)
  }
}

/** Customers (G4): each organisation sees its own (A11), tenant-wide administrators all. */
@Resolver(() => Customer)
export class CustomersResolver {
  @Authorized()
  @Query(() => CustomerPage, {
    description: 'Customers the viewer may see, most recently changed first.',
    complexity: pagedCost,
  })
  customers(
    @Arg('filter', () => CustomerFilter, filterArg) filter: CustomerFilter | undefined,
    @Arg('page', () => PageInput, pageArg) page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<Customer>> {
    return ctx.services.customers.list(viewer, { ...filter }, page)
  }

  @Authorized()
  @Query(() => Customer, { description: 'One customer.' })
  customer(
    @Arg('id', () => ID, { description: 'The customer.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Customer> {
    return ctx.services.customers.get(viewer, id)
  }

  @Authorized()
  @Mutation(() => Customer, { description: 'Adds a customer to the viewer’s (or the named) organisation.' })
  createCustomer(
    @Arg('input', () => CreateCustomerInput, { description: 'The customer.' }) input: CreateCustomerInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Customer> {
    return ctx.services.customers.create(viewer, { ...input })
  }

  @Authorized()
  @Mutation(() => Customer, { description: 'Changes a customer’s name, numbers or custom field values.' })
  updateCustomer(
    @Arg('id', () => ID, { description: 'The customer.' }) id: string,
    @Arg('input', () => UpdateCustomerInput, { description: 'The changes.' }) input: UpdateCustomerInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Customer> {
    return ctx.services.customers.update(viewer, id, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Deletes a customer and its numbers.' })
  deleteCustomer(
    @Arg('id', () => ID, { description: 'The customer.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.customers.delete(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Customer, {
    description:
      'Merges one customer into another of the same organisation: numbers and history move to the survivor, its empty custom fields are filled, the merged customer is deleted.',
  })
  mergeCustomers(
    @Arg('survivorId', () => ID, { description: 'The customer that stays.' }) survivorId: string,
    @Arg('mergedId', () => ID, { description: 'The customer merged into it and deleted.' }) mergedId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Customer> {
    return ctx.services.customers.merge(viewer, survivorId, mergedId)
  }
}
