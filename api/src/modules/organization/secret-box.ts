// Encrypts secrets that must be read back (agents' SIP passwords: the switch needs them in clear for
// digest authentication), so a leaked database dump alone does not reveal them.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

const VERSION = 'v1'

export class SecretBox {
  private key: Promise<Buffer> | undefined

  /** `key`: 32 bytes base64 from config; without it a key file under `dataDir` is made once and reused. */
  constructor(
    private readonly configuredKey: string | undefined,
    private readonly dataDir: string,
  ) {}

  async seal(plain: string): Promise<string> {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', await this.loadKey(), iv)
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    return [VERSION, ...[iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'))].join('.')
  }

  async open(sealed: string): Promise<string> {
    const [version, iv, tag, body] = sealed.split('.')
    if (version !== VERSION || !iv || !tag || !body) throw new Error('Unknown secret format')
    const decipher = createDecipheriv('aes-256-gcm', await this.loadKey(), Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  }

  private loadKey(): Promise<Buffer> {
    this.key ??= this.configuredKey
      ? Promise.resolve(Buffer.from(this.configuredKey, 'base64'))
      : readOrCreateKeyFile(path.join(this.dataDir, 'credentials.key'))
    return this.key
  }
}

async function readOrCreateKeyFile(file: string): Promise<Buffer> {
  try {
    return Buffer.from((await readFile(file, 'utf8')).trim(), 'base64')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  await mkdir(path.dirname(file), { recursive: true })
  const key = randomBytes(32)
  try {
    // `wx`: two instances starting at once keep whichever key was written first.
    await writeFile(file, key.toString('base64'), { flag: 'wx', mode: 0o600 })
    await chmod(file, 0o600)
    return key
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    return Buffer.from((await readFile(file, 'utf8')).trim(), 'base64')
  }
}
