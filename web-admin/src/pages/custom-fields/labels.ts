// A custom field's (or option's) label in the console's language: Chinese for zh-CN, English otherwise.
export function labelOf(labelled: { labelZh: string; labelEn: string }, locale: string): string {
  return locale.startsWith('zh') ? labelled.labelZh : labelled.labelEn
}
