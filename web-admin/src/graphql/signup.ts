// Free registration (A1).
import { graphql } from './generated'

export const SignupDocument = graphql(`
  mutation Signup($input: SignupInput!) {
    signup(input: $input) {
      user {
        id
        name
        email
        role
        organization
        status
        mustChangePassword
      }
    }
  }
`)
