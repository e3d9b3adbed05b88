// The service summary form's category choices: the company's tree as the cascader takes it, without
// disabled categories, except the one the summary already has (a correction keeps it, G4).
import { categoryPath, categoryTree, labelOf, type CategoryNode } from '@cc/web-common'
import type { SummaryCategory } from '../../graphql/summaries'

/** A type, not an interface: the cascader's option type wants an index signature. */
export type CategoryOption = {
  value: string
  label: string
  children?: CategoryOption[]
}

export function categoryOptions(
  categories: readonly SummaryCategory[],
  chosenId: string | null,
  locale: string,
): CategoryOption[] {
  const kept = new Set(categoryPath(categories, chosenId))
  const toOption = (node: CategoryNode<SummaryCategory>): CategoryOption => ({
    value: node.id,
    label: labelOf(node, locale),
    ...(node.children.length ? { children: node.children.map(toOption) } : {}),
  })
  return categoryTree(categories, (category) => category.isEnabled || kept.has(category.id)).map(toOption)
}
