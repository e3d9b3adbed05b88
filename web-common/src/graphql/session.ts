// The operations behind the session: who is signed in, signing in and out, the forced password change.
import { graphql } from './generated'

export type { SessionUserFragment as SessionUser } from './generated/graphql'

// Declared for codegen only: every operation below spreads it, so they all return the same user shape.
graphql(`
  fragment SessionUser on User {
    id
    name
    email
    role
    organization
    status
    mustChangePassword
  }
`)

export const MeDocument = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`)

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        ...SessionUser
      }
    }
  }
`)

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`)

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ...SessionUser
    }
  }
`)

export const ViewerUpdatedDocument = graphql(`
  subscription ViewerUpdated {
    viewerUpdated {
      ...SessionUser
    }
  }
`)
