// Password hashing (argon2id with OWASP's minimum parameters) and the password policy.
import { hash, verify } from '@node-rs/argon2'
import { randomInt } from 'node:crypto'
import { z } from 'zod'
import { problem } from '../../common/validation.js'

/** OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 degree of parallelism. */
const argon2idOptions = {
  algorithm: 2 /* Algorithm.Argon2id, a const enum isolatedModules cannot read */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2idOptions)
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false)
}

/** Verified against when the account does not exist, so timing does not tell which emails are registered. */
let decoyHash: Promise<string> | undefined
export function verifyAgainstDecoy(password: string): Promise<boolean> {
  decoyHash ??= hashPassword('decoy password that matches nothing')
  return decoyHash.then((decoy) => verifyPassword(decoy, password)).then(() => false)
}

const commonPasswords = new Set([
  'password123',
  'password1234',
  'qwerty123456',
  'abc123456789',
  '1234567890a',
  'a1234567890',
  'admin123456',
  'iloveyou123',
  'welcome12345',
  'changeme1234',
])

export const PASSWORD_MIN_LENGTH = 10

/** Length over composition (NIST SP 800-63B), plus letters and digits, which Chinese enterprises expect. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(128, 'must be at most 128 characters')
  .refine(
    (password) => /\p{L}/u.test(password) && /\d/.test(password),
    problem('PASSWORD_NEEDS_LETTERS_AND_DIGITS', 'must contain letters and digits'),
  )
  .refine(
    (password) => !commonPasswords.has(password.toLowerCase()),
    problem('PASSWORD_TOO_COMMON', 'is too common; choose another'),
  )

/** A default password for invitations and resets: unambiguous characters, satisfies the policy. */
export function generatePassword(length = 14): string {
  const letters = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ'
  const digits = '23456789'
  const all = letters + digits
  const chars = [letters[randomInt(letters.length)], digits[randomInt(digits.length)]]
  while (chars.length < length) chars.push(all[randomInt(all.length)])
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[chars[i], chars[j]] = [chars[j], chars[i]]
  }
  return chars.join('')
}
