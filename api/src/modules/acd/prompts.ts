// What a waiting caller hears. Paths are FreeSWITCH's stock sounds (relative to its sounds
// directory) and its `local_stream://moh` wait music. The queue prompt and the transfer wait come from
// the tenant's A5 system prompts (voice/prompt-catalog.ts) instead.
export const QUEUE_PROMPTS = {
  /** "Please hold while we connect your call": only where no prompt catalog is wired (the benchmark). */
  queue: 'ivr/ivr-hold_connect_call.wav',
  waitMusic: 'local_stream://moh',
  /** Said before the position number. */
  position: 'ivr/ivr-you_are_number.wav',
  /** "Press 1 to be called back" style offer, played after the queue prompt when callbacks are on. */
  callbackOffer: 'ivr/ivr-to_be_called_back.wav',
  callbackAccepted: 'ivr/ivr-thank_you.wav',
  /** No one can take the call: the queue is full or the wait too long. */
  overflow: 'ivr/ivr-all_agents_busy.wav',
  /** The dialled number routes nowhere yet. */
  notInService: 'ivr/ivr-not_available.wav',
} as const
