// The XML documents mod_xml_curl expects back, built from plain data; every value is escaped.
import type { NumberRoute } from '../calls/variables.js'
import { inboundDialplanVariables } from '../calls/variables.js'
import type { SipDomain } from './directory.js'

const escapeXml = (value: string) => value.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)

const regexLiteral = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const attributes = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('')

const document = (section: string) => (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<document type="freeswitch/xml">\n  <section name="${section}">\n${inner}  </section>\n</document>\n`

/** What FreeSWITCH takes as "I have nothing for this": it then falls back to its static config. */
export const NOT_FOUND =
  '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<document type="freeswitch/xml">\n  <section name="result">\n    <result status="not found"/>\n  </section>\n</document>\n'

/** Tags the channel with tenant and dialled number, then parks it for the owning API instance. */
export function dialplanDocument(context: string, route: NumberRoute): string {
  const actions = Object.entries(inboundDialplanVariables(route))
    .map(
      ([name, value]) =>
        `          <action${attributes({ application: 'set', data: `${name}=${value}` })}/>\n`,
    )
    .join('')
  return document('dialplan')(
    `    <context${attributes({ name: context })}>\n` +
      `      <extension${attributes({ name: `cc-inbound-${route.number}` })}>\n` +
      // The condition must match the destination as delivered, or FreeSWITCH finds no route at all.
      `        <condition${attributes({ field: 'destination_number', expression: `^${regexLiteral(route.delivered ?? route.number)}$` })}>\n` +
      actions +
      // Without it DTMF events carry no channel variables, and the ACD could not tell whose key it is.
      `          <action application="verbose_events"/>\n` +
      `          <action application="park"/>\n` +
      `        </condition>\n      </extension>\n    </context>\n`,
  )
}

/** A tenant's SIP domain with its users (or only the one asked for), as mod_sofia authenticates them. */
export function directoryDocument(domain: SipDomain, onlyUser?: string): string | undefined {
  const users = onlyUser === undefined ? domain.users : domain.users.filter((user) => user.user === onlyUser)
  if (onlyUser !== undefined && users.length === 0) return undefined
  const userXml = users
    .map(
      (user) =>
        `            <user${attributes({ id: user.user })}>\n` +
        `              <params><param${attributes({ name: 'password', value: user.password })}/></params>\n` +
        `              <variables><variable${attributes({ name: 'effective_caller_id_name', value: user.displayName ?? user.user })}/></variables>\n` +
        `            </user>\n`,
    )
    .join('')
  const dialString =
    '{^^:sip_invite_domain=${dialed_domain}:presence_id=${dialed_user}@${dialed_domain}}${sofia_contact(*/${dialed_user}@${dialed_domain})}'
  return document('directory')(
    `    <domain${attributes({ name: domain.domain })}>\n` +
      `      <params><param${attributes({ name: 'dial-string', value: dialString })}/></params>\n` +
      `      <variables><variable${attributes({ name: 'cc_tenant_id', value: domain.tenantId })}/></variables>\n` +
      `      <groups><group name="default"><users>\n${userXml}      </users></group></groups>\n` +
      `    </domain>\n`,
  )
}
