// The signed-in user's company, shown in the header of both SPAs.
import { graphql } from './generated'

export const MyTenantDocument = graphql(`
  query MyTenant {
    myTenant {
      id
      name
      timeZone
      createdAt
    }
  }
`)
