// Every problem code the API can send is worded in both languages, with only the values the code carries.
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { PROBLEMS, PROBLEM_CODES, type ProblemCode } from '../problems'
import { LOCALES } from '.'
import { commonMessages } from './messages'
import { problemMessages } from './problems'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1])

describe('problem codes in the consoles', () => {
  it.each(LOCALES)('%s words every code the API declares, and no other', (locale) => {
    const words: Record<string, unknown> = commonMessages[locale].problems
    const missing = PROBLEM_CODES.filter((code) => typeof words[code] !== 'string' || !words[code])
    expect(missing).toEqual([])
    expect(Object.keys(words).filter((code) => !PROBLEM_CODES.includes(code as ProblemCode))).toEqual([])
  })

  it.each(LOCALES)('%s fills in only the values each code carries', (locale) => {
    for (const code of PROBLEM_CODES) {
      const declared: readonly string[] = (PROBLEMS[code] as { params?: readonly string[] }).params ?? []
      // RATE_LIMITED reasons may word the wait, which every rate-limited refusal carries.
      const allowed = [...declared, ...(code.endsWith('_LOCKED') ? ['minutes'] : [])]
      const unknown = placeholders(problemMessages[locale][code]).filter((name) => !allowed.includes(name!))
      expect({ code, unknown }).toEqual({ code, unknown: [] })
    }
  })

  it.each(LOCALES)('%s wordings compile and fill in every value', (locale) => {
    const { global } = createI18n({ legacy: false, locale, messages: { [locale]: commonMessages[locale] } })
    for (const code of PROBLEM_CODES) {
      const declared: readonly string[] = (PROBLEMS[code] as { params?: readonly string[] }).params ?? []
      const values = Object.fromEntries([...declared, 'minutes'].map((name) => [name, `<${name}>`]))
      const text = global.t(`problems.${code}`, values)
      expect({ code, text }).toEqual({ code, text: expect.not.stringMatching(/[{}]|^problems\./) })
    }
  })

  it('the Chinese wording has no English words left in it', () => {
    // Technical names people see on their devices or in URLs (WAV, PCM, SIP, CSV, Hz, https…) are the exception.
    const allowedLatin = new Set([
      'WAV',
      'PCM',
      'A-law',
      'µ-law',
      'Hz',
      'SIP',
      'CSV',
      'csv',
      'xlsx',
      'UTF-8',
      'Excel',
      'API',
      'IVR',
      'FreeSWITCH',
      'CN',
      'HTTPS',
      'https',
      'http',
      'localhost',
    ])
    for (const code of PROBLEM_CODES) {
      const words = problemMessages['zh-CN'][code].replace(/\{\w+\}/g, '').match(/[A-Za-zµ][\w-]*/g) ?? []
      expect({ code, english: words.filter((word) => !allowedLatin.has(word)) }).toEqual({
        code,
        english: [],
      })
    }
  })
})
