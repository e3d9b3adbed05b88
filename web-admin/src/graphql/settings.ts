// Account & settings: the company's information (A1) and the signed-in user's password and sessions (G1).
import { graphql } from './generated'

export type { CompanyQuery as Company, MySessionRowFragment as MySessionRow } from './generated/graphql'

export const CompanyDocument = graphql(`
  query Company {
    myTenant {
      id
      name
      timeZone
      createdAt
      sipDomain
    }
    acdSettings {
      homeRegion
    }
  }
`)

/** Returns what the header's tenant store holds, so the new name shows at once. */
export const UpdateCompanyDocument = graphql(`
  mutation UpdateCompany($input: UpdateTenantInput!) {
    updateMyTenant(input: $input) {
      id
      name
      timeZone
      createdAt
    }
  }
`)

/** The home region is a call setting (it parses numbers); the company page is where it is edited. */
export const UpdateHomeRegionDocument = graphql(`
  mutation UpdateHomeRegion($homeRegion: String!) {
    updateAcdSettings(input: { homeRegion: $homeRegion }) {
      homeRegion
    }
  }
`)

graphql(`
  fragment MySessionRow on Session {
    id
    kind
    address
    userAgent
    createdAt
    lastSeenAt
    isCurrent
  }
`)

export const MySessionsDocument = graphql(`
  query MySessions($page: PageInput) {
    mySessions(page: $page) {
      totalCount
      items {
        ...MySessionRow
      }
    }
  }
`)

export const RevokeSessionDocument = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`)

export const RevokeOtherSessionsDocument = graphql(`
  mutation RevokeOtherSessions {
    revokeOtherSessions
  }
`)
