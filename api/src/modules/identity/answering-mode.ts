import { registerEnumType } from 'type-graphql'

/** Where an agent answers calls (A4). */
export enum AnsweringMode {
  SIP = 'SIP',
  MOBILE = 'MOBILE',
}

registerEnumType(AnsweringMode, {
  name: 'AnsweringMode',
  description: 'Where an agent answers calls.',
  valuesConfig: {
    SIP: { description: 'A SIP phone: the workstation’s WebRTC softphone or a registered desk phone.' },
    MOBILE: { description: 'The agent’s mobile phone, to which calls are forwarded.' },
  },
})
