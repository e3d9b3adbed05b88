import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer, requireViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { ListImportView, StartDoNotCallImportInput, StartTaskItemImportInput } from './import.types.js'

const importArg = { description: 'The import.' }

/** Bulk imports of task items and do-not-call numbers (A13); the file itself is uploaded over HTTP. */
@Resolver()
export class ImportResolver {
  @Authorized()
  @Query(() => ListImportView, { description: 'One bulk import with its progress.' })
  listImport(
    @Arg('id', () => ID, importArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ListImportView> {
    return ctx.services.imports.get(viewer, id) as Promise<ListImportView>
  }

  @Authorized()
  @Mutation(() => ListImportView, {
    description: 'Starts an uploaded task-item import; remembers the column mapping for the task.',
  })
  startTaskItemImport(
    @Arg('input', () => StartTaskItemImportInput, { description: 'Mapping and assignment.' })
    input: StartTaskItemImportInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ListImportView> {
    return ctx.services.imports.startTaskItems(viewer, { ...input }) as Promise<ListImportView>
  }

  @Authorized()
  @Mutation(() => ListImportView, { description: 'Starts an uploaded do-not-call import.' })
  startDoNotCallImport(
    @Arg('input', () => StartDoNotCallImportInput, { description: 'Mapping and reason.' })
    input: StartDoNotCallImportInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ListImportView> {
    return ctx.services.imports.startDoNotCall(viewer, { ...input }) as Promise<ListImportView>
  }

  @Authorized()
  @Mutation(() => ListImportView, {
    description: 'Cancels an import not yet finished: nothing of it is written.',
  })
  cancelListImport(
    @Arg('id', () => ID, importArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ListImportView> {
    return ctx.services.imports.cancel(viewer, id) as Promise<ListImportView>
  }

  @Authorized()
  @Subscription(() => ListImportView, {
    description:
      'One bulk import with its progress: as it is when subscribing, then at each step (about three a second while it runs), ending with its outcome.',
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext
      return ctx.services.imports.watch(requireViewer(ctx), (args as { id: string }).id)
    },
  })
  importProgress(
    @Arg('id', () => ID, importArg) _id: string,
    @Root() listImport: ListImportView,
  ): ListImportView {
    return listImport
  }
}
