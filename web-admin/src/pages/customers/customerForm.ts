// The customer list's search box as the API's filter.
import type { CustomerFilter, Organization } from '../../graphql/generated/graphql'

/** Digits (with spaces, dashes or a +) search numbers by their last digits; anything else searches names. */
export function customerFilterOf(search: string, organization: Organization | null): CustomerFilter {
  const text = search.trim()
  const filter: CustomerFilter = {}
  if (/^\+?[\d\s-]+$/.test(text)) filter.numberEndsWith = text
  else if (text) filter.name = text
  if (organization) filter.organization = organization
  return filter
}
