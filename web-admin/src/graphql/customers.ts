// Custom fields (G4, A13) and customers (G4).
import { graphql } from './generated'

export type {
  CustomFieldRowFragment as CustomFieldRow,
  CustomerRowFragment as CustomerRow,
} from './generated/graphql'

graphql(`
  fragment CustomFieldRow on CustomFieldDefinition {
    id
    entity
    key
    labelZh
    labelEn
    type
    isRequired
    options {
      value
      labelZh
      labelEn
    }
    position
    isHidden
  }
`)

export const CustomFieldListDocument = graphql(`
  query CustomFieldList($entity: CustomFieldEntity!) {
    customFieldDefinitions(entity: $entity) {
      ...CustomFieldRow
    }
  }
`)

export const CreateCustomFieldDocument = graphql(`
  mutation CreateCustomField($input: CreateCustomFieldDefinitionInput!) {
    createCustomFieldDefinition(input: $input) {
      ...CustomFieldRow
    }
  }
`)

export const UpdateCustomFieldDocument = graphql(`
  mutation UpdateCustomField($id: ID!, $input: UpdateCustomFieldDefinitionInput!) {
    updateCustomFieldDefinition(id: $id, input: $input) {
      ...CustomFieldRow
    }
  }
`)

export const DeleteCustomFieldDocument = graphql(`
  mutation DeleteCustomField($id: ID!) {
    deleteCustomFieldDefinition(id: $id)
  }
`)

graphql(`
  fragment CustomerRow on Customer {
    id
    name
    organization
    phoneNumbers
    customFields
    createdAt
    updatedAt
  }
`)

export const CustomerListDocument = graphql(`
  query CustomerList($filter: CustomerFilter, $page: PageInput) {
    customers(filter: $filter, page: $page) {
      totalCount
      items {
        ...CustomerRow
      }
    }
  }
`)

export const CreateCustomerDocument = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      ...CustomerRow
    }
  }
`)

export const UpdateCustomerDocument = graphql(`
  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
    updateCustomer(id: $id, input: $input) {
      ...CustomerRow
    }
  }
`)

export const DeleteCustomerDocument = graphql(`
  mutation DeleteCustomer($id: ID!) {
    deleteCustomer(id: $id)
  }
`)

export const ScreenPopSettingsDocument = graphql(`
  query ScreenPopSettings {
    screenPopSettings {
      urlTemplate
      allowedOrigins
      variables
    }
  }
`)

export const UpdateScreenPopSettingsDocument = graphql(`
  mutation UpdateScreenPopSettings($input: ScreenPopSettingsInput!) {
    updateScreenPopSettings(input: $input) {
      urlTemplate
      allowedOrigins
      variables
    }
  }
`)

export const MergeCustomersDocument = graphql(`
  mutation MergeCustomers($survivorId: ID!, $mergedId: ID!) {
    mergeCustomers(survivorId: $survivorId, mergedId: $mergedId) {
      ...CustomerRow
    }
  }
`)
