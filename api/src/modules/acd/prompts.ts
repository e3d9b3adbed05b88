// What a waiting caller hears where no prompt catalog is wired (the benchmark): FreeSWITCH's own
// tone and music on hold. Everywhere else the queue prompt and the wait music are the tenant's A5 system
// prompts (voice/prompt-catalog.ts), and the queue's messages the shipped audio of queue-audio.ts.
export const QUEUE_PROMPTS = {
  queue: 'tone_stream://%(400,200,425);loops=2',
  waitMusic: 'local_stream://moh',
} as const
