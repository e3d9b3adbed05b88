// What a waiting caller hears where no prompt catalog is wired (the benchmark on the simulator): tones
// the switch generates itself. Everywhere else the queue prompt and the wait music are the tenant's A5
// system prompts (voice/prompt-catalog.ts), and the queue's messages the shipped audio of queue-audio.ts.
import { TRANSFER_WAIT_TONE } from '../voice/default-prompts.js'

export const QUEUE_PROMPTS = {
  queue: 'tone_stream://%(400,200,425);loops=2',
  waitMusic: TRANSFER_WAIT_TONE,
} as const
