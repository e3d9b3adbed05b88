// The one list convention: offset pages with a total, because the consoles show page numbers.
import type { ClassType } from 'type-graphql'
import { Field, InputType, Int, ObjectType } from 'type-graphql'
import { z } from 'zod'
import { validateInput } from '../common/validation.js'

export const MAX_PAGE_SIZE = 100

@InputType({ description: 'Which page of a list to return.' })
export class PageInput {
  @Field(() => Int, { defaultValue: 0, description: 'Rows to skip.' })
  offset: number = 0

  @Field(() => Int, { defaultValue: 20, description: `Rows to return, at most ${MAX_PAGE_SIZE}.` })
  limit: number = 20
}

const pageSchema = z.object({
  offset: z.number().int().min(0, 'must not be negative'),
  limit: z.number().int().min(1, 'must be at least 1').max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`),
})

export function validatePage(page: PageInput | undefined): PageInput {
  return validateInput(pageSchema, page ?? { offset: 0, limit: 20 })
}

export interface Page<T> {
  items: T[]
  totalCount: number
  offset: number
  limit: number
}

/** Builds the GraphQL page type of one item type, e.g. `SessionPage`. */
export function PageOf<T extends object>(itemType: ClassType<T>, name: string) {
  @ObjectType(`${name}Page`, { description: `One page of ${name} rows.` })
  class PageType implements Page<T> {
    @Field(() => [itemType], { description: 'The rows of this page.' })
    items!: T[]

    @Field(() => Int, { description: 'Rows in the whole list.' })
    totalCount!: number

    @Field(() => Int, { description: 'Rows skipped before this page.' })
    offset!: number

    @Field(() => Int, { description: 'Page size asked for.' })
    limit!: number
  }
  return PageType
}
