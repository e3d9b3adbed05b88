// Service summary categories (G4) as the API lists them (flat, parents first) and as the consoles show them:
// a tree for the admin table and the workstation's cascader, and a category's path as words.
import { labelOf } from '../custom-fields/customFields'

export interface SummaryCategoryShape {
  id: string
  parentId: string | null
  depth: number
  labelZh: string
  labelEn: string
  position: number
  isEnabled: boolean
}

export type CategoryNode<Category extends SummaryCategoryShape> = Category & {
  children: CategoryNode<Category>[]
}

/** The tree, siblings by position; `keep(category)` false drops it with everything below it. */
export function categoryTree<Category extends SummaryCategoryShape>(
  categories: readonly Category[],
  keep: (category: Category) => boolean = () => true,
): CategoryNode<Category>[] {
  const nodes = new Map(
    categories.filter(keep).map((c) => [c.id, { ...c, children: [] as CategoryNode<Category>[] }]),
  )
  const roots: CategoryNode<Category>[] = []
  for (const node of nodes.values()) {
    if (node.parentId === null) roots.push(node)
    else nodes.get(node.parentId)?.children.push(node)
  }
  const sort = (list: CategoryNode<Category>[]) => {
    list.sort((a, b) => a.position - b.position)
    for (const node of list) sort(node.children)
  }
  sort(roots)
  return roots
}

/** The IDs from the top down to `id` (what a cascader's value is); empty when unknown. */
export function categoryPath(categories: readonly SummaryCategoryShape[], id: string | null): string[] {
  const byId = new Map(categories.map((category) => [category.id, category]))
  const path: string[] = []
  for (
    let current = id ? byId.get(id) : undefined;
    current;
    current = current.parentId ? byId.get(current.parentId) : undefined
  )
    path.unshift(current.id)
  return path
}

/** "Complaint / Delivery / Late" in the console's language. */
export function categoryPathLabel(
  categories: readonly SummaryCategoryShape[],
  id: string | null,
  locale: string,
): string {
  const byId = new Map(categories.map((category) => [category.id, category]))
  return categoryPath(categories, id)
    .map((each) => labelOf(byId.get(each)!, locale))
    .join(' / ')
}
