// First-run demo data for `npm start`: one tenant whose super admin can sign in at once.
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { generatePassword } from './modules/identity/password.js'
import type { Services } from './services.js'

export const DEMO_EMAIL = 'admin@demo.example.com'

export async function seedDemoTenant(services: Services, dataDir: string): Promise<string> {
  const credentialsFile = path.join(dataDir, 'demo-credentials.txt')
  if (existsSync(credentialsFile)) return readFile(credentialsFile, 'utf8')
  const password = generatePassword()
  await services.tenancy.signup(
    { companyName: '演示公司', timeZone: 'Asia/Shanghai', name: '演示管理员', email: DEMO_EMAIL, password },
    { address: 'seed', userAgent: null },
  )
  const credentials = `Demo tenant 演示公司 — sign in at /admin/ as ${DEMO_EMAIL} with password ${password}\n`
  await writeFile(credentialsFile, credentials, { mode: 0o600 })
  return credentials
}
