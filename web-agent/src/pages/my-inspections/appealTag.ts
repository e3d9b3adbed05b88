// How an appeal's state is coloured, in the list and in the details alike.
export function appealTagType(status: string): 'success' | 'info' | 'warning' {
  if (status === 'ACCEPTED') return 'success'
  if (status === 'REJECTED') return 'info'
  return 'warning'
}
