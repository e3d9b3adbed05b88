// The API's refusals by stable code: one list for the server, which sends them, and for the consoles, which
// word them. Plain TypeScript without imports, so the API imports it as `@cc/web-common/problems` too; the
// way graphql-ws declares its close codes once for server and client.
//
// On the wire, an error keeps its category in `extensions.code` (BAD_USER_INPUT, CONFLICT, RATE_LIMITED…)
// and adds the specific code in `extensions.reason`, with the values its wording needs in
// `extensions.params`. A BAD_USER_INPUT error lists `extensions.problems`, each `{ field, code, params?,
// message }`. Messages stay English for API clients; people read the consoles' translation of the code.

interface ProblemSpec {
  /** What it means, for API clients: the schema's ProblemCode enum shows it. */
  readonly means: string
  /** Names of the values sent in `params` for the wording, e.g. `maximum` or `row`. */
  readonly params?: readonly string[]
}

export const PROBLEMS = {
  // ── any field: what zod's own checks find ─────────────────────────────────────────────────────────
  REQUIRED: { means: 'A value is required.' },
  TOO_SHORT: { means: 'The text is shorter than allowed.', params: ['minimum'] },
  TOO_LONG: { means: 'The text is longer than allowed.', params: ['maximum'] },
  TOO_SMALL: { means: 'The number is below the allowed range.', params: ['minimum'] },
  TOO_LARGE: { means: 'The number is above the allowed range.', params: ['maximum'] },
  TOO_FEW: { means: 'The list has fewer items than required.', params: ['minimum'] },
  TOO_MANY: { means: 'The list has more items than allowed.', params: ['maximum'] },
  NOT_A_WHOLE_NUMBER: { means: 'The number must be a whole number.' },
  INVALID_FORMAT: { means: 'The text does not have the required format.' },
  INVALID_EMAIL: { means: 'Not a valid email address.' },
  INVALID_ID: { means: 'Not a valid ID.' },
  INVALID_CHOICE: { means: 'Not one of the allowed values.' },
  INVALID_VALUE: { means: 'The value is not acceptable.' },
  INVALID_DATE: { means: 'Not a real date (YYYY-MM-DD).' },
  INVALID_TIME: { means: 'Not a time of day HH:MM, 00:00 to 24:00.' },
  END_NOT_AFTER_START: { means: 'The end must come after the start.' },
  END_BEFORE_START: { means: 'The end is before the start.' },

  // ── sign-in, passwords, the company ────────────────────────────────────────────────────────────────
  ACCOUNT_LOCKED: {
    means:
      'Too many wrong passwords: the account is locked for a while, or until an administrator unlocks it.',
    params: ['minutes'],
  },
  ADDRESS_LOCKED: {
    means: 'Too many failed sign-ins from this network address: sign-in is locked for a while.',
    params: ['minutes'],
  },
  INCORRECT_PASSWORD: { means: 'The current password is wrong.' },
  SAME_PASSWORD: { means: 'The new password is the current one.' },
  PASSWORD_CONTAINS_EMAIL_NAME: { means: 'The password contains the part of the email before the @.' },
  PASSWORD_NEEDS_LETTERS_AND_DIGITS: { means: 'The password needs both letters and digits.' },
  PASSWORD_TOO_COMMON: { means: 'The password is on the list of common passwords.' },
  EMAIL_TAKEN: { means: 'The email is already registered.' },
  UNKNOWN_TIME_ZONE: { means: 'Not a known IANA time zone, e.g. Asia/Shanghai.' },
  NAME_TAKEN: { means: 'Another one of the same kind already has this name.' },
  IN_USE: {
    means: 'Still in use by the things named in `users`; change those first.',
    params: ['users'],
  },

  // ── members, groups, skill groups ──────────────────────────────────────────────────────────────────
  AGENT_NUMBER_TAKEN: { means: 'Another member of the company has this agent number.' },
  INVALID_AGENT_NUMBER: { means: 'An agent number is 1–20 letters or digits.' },
  INVALID_PHONE_NUMBER: { means: 'Not a valid phone number.' },
  REQUIRED_FOR_ROLE: { means: 'Members of this role need this field.', params: ['role'] },
  MOBILE_REQUIRED: { means: 'Answering on a mobile phone needs a mobile number.' },
  ROLE_NOT_ASSIGNABLE: { means: 'The viewer may not give this role, or not in this organisation.' },
  GROUP_IN_OTHER_ORGANIZATION: {
    means: 'These groups belong to another organisation than the member.',
    params: ['names'],
  },
  MEMBER_IN_OTHER_ORGANIZATION: {
    means: 'These members are not in the organisation of the group.',
    params: ['names'],
  },
  NOT_A_GROUP_LEADER: { means: 'The leader must be a group leader of the group’s organisation.' },
  NO_SUCH_GROUP: { means: 'No group has this name.', params: ['name'] },
  NO_SIP_ACCOUNT: { means: 'The member has no agent number, so no SIP account.' },
  INVITATION_ACCEPTED: {
    means: 'The member has already signed in and chosen a password: reset the password instead.',
  },
  OVERFLOW_TO_ITSELF: { means: 'A skill group cannot overflow to itself.' },
  OVERFLOW_TO_OTHER_ORGANIZATION: { means: 'The overflow skill group belongs to another organisation.' },

  // ── CSV import ─────────────────────────────────────────────────────────────────────────────────────
  NOT_A_CSV_FILE: { means: 'The file is not a .csv file.' },
  NOT_A_TEXT_FILE: { means: 'The file is not UTF-8 text (e.g. a spreadsheet saved as .xlsx).' },
  INVALID_CSV: { means: 'The file is not valid CSV.' },
  FILE_TOO_LARGE: { means: 'The file is larger than allowed.', params: ['limit'] },
  EMPTY_FILE: { means: 'The file is empty.' },
  MISSING_COLUMNS: { means: 'The header (first line) lacks required columns.', params: ['columns'] },
  NO_ROWS: { means: 'The file has a header but no rows.' },
  TOO_MANY_ROWS: { means: 'The file has more rows than allowed.', params: ['maximum'] },
  REPEATS_ROW: { means: 'The same value is in an earlier row of the file.', params: ['row'] },
  NOT_A_SPREADSHEET: { means: 'The file is neither a .csv nor an .xlsx file.' },
  NOT_AN_XLSX_FILE: { means: 'The file is named .xlsx but is not an Excel workbook.' },
  INVALID_XLSX: {
    means:
      'The Excel workbook cannot be read: it is damaged or cut off, or lacks its sheet or a part its cells need.',
  },
  UNKNOWN_COLUMN: { means: 'The file has no column of this name.' },
  DUPLICATE_IN_FILE: { means: 'The same number is in an earlier row of the file.' },
  IMPORT_STATE_FORBIDS: { means: 'The import has already started or ended.', params: ['status'] },
  IMPORT_FAILED: { means: 'The import failed; nothing of it was written. Try again.' },
  IMPORT_INTERRUPTED: {
    means: 'The server running the import stopped; nothing of it was written. Upload the file again.',
  },

  // ── call settings, numbers, not-ready reasons ──────────────────────────────────────────────────────
  INVALID_KEY: { means: 'Not one phone key: 0–9, * or #.' },
  INVALID_KEYS: { means: 'Not 1–20 phone keys: 0–9, * and #.' },
  SURVEY_LABELS_NOT_SCALE: {
    means: 'The survey needs exactly one label for each score of its scale.',
    params: ['scale'],
  },
  UNKNOWN_REGION: { means: 'Not an ISO 3166 region code with phone numbers, e.g. CN.' },
  NOT_OWN_NUMBER: { means: 'The caller ID must be one of the company’s numbers.' },
  NUMBER_TAKEN: { means: 'The number belongs to another company or is already added.' },
  ONE_ROUTE_ONLY: { means: 'A number goes to a skill group or follows a schedule, not both.' },
  TOO_MANY_NOT_READY_REASONS: {
    means: 'The company has its maximum of not-ready reasons.',
    params: ['maximum'],
  },
  SYSTEM_REASON_FIXED: {
    means:
      'A system not-ready reason is set by the platform: it cannot be renamed, reordered, deleted or chosen.',
  },
  CHOOSE_NOT_READY_REASON: { means: 'Not ready needs a reason.' },

  // ── the workstation and call control ───────────────────────────────────────────────────────────────
  NOT_SIGNED_IN: { means: 'The agent has not signed in to the workstation.' },
  WORKSTATION_SESSION_ENDED: {
    means: 'The workstation session has ended; sign in to the workstation again.',
  },
  NOT_A_PERSON: { means: 'An API key has no workstation, phone or SIP account; a person does.' },
  NO_MOBILE_NUMBER: { means: 'The member’s profile has no mobile number.' },
  NO_PHONE: { means: 'The member has neither a SIP phone nor a mobile number to be called on.' },
  NO_OUTBOUND_CALLER_ID: {
    means: 'The company has no outbound caller ID, and not exactly one number to fall back on.',
  },
  INTERNATIONAL_NOT_ALLOWED: {
    means: 'An international number; the company does not allow international calls.',
  },
  PREMIUM_RATE_NOT_ALLOWED: { means: 'A premium-rate number; the company does not allow calls to them.' },
  OUTBOUND_CONCURRENCY_LIMIT: {
    means: 'The company has as many outbound calls as it may have at once.',
    params: ['maximum'],
  },
  OUTBOUND_RATE_LIMIT: {
    means: 'The company may start only so many outbound calls per second.',
    params: ['maximum'],
  },
  INVALID_IDEMPOTENCY_KEY: { means: 'An idempotency key is 8–100 letters, digits, - or _.' },
  IDEMPOTENCY_KEY_REUSED: { means: 'The idempotency key was already used for another request.' },
  ONE_TARGET: { means: 'Give exactly one of agentId, skillGroupId or number.' },
  NO_CALL_RINGING: { means: 'No call is ringing for the agent.' },
  ANSWER_ON_MOBILE: { means: 'Calls ring the agent’s mobile phone: answer there.' },
  ANSWER_IN_SOFTPHONE: { means: 'Answer in the workstation’s softphone, which rings in the browser.' },
  DESK_PHONE_NOT_ANSWERING: {
    means: 'The desk phone could not be told to answer; pick it up.',
    params: ['cause'],
  },
  NOT_ON_A_CALL: { means: 'The agent is not on a call.' },
  AGENT_NOT_ON_A_CALL: { means: 'The agent to listen to is not on a call.' },
  CALL_ALREADY_ENDED: { means: 'The call to hang up has already ended; nothing is left on the switch.' },
  NO_ONE_ON_THE_CALL: { means: 'No one else is on the call (to hold, transfer or reconnect to).' },
  NOT_ON_HOLD: { means: 'The call is not on hold.' },
  NOT_CONSULTING: { means: 'The agent is not consulting anyone.' },
  CANNOT_CONSULT_SKILL_GROUP: { means: 'A skill group cannot be consulted; transfer to it instead.' },
  AGENT_NOT_FREE: { means: 'That agent is not free; transfer to their skill group instead.' },
  AGENT_IN_NO_SKILL_GROUP: { means: 'That agent is in no skill group, so calls cannot be queued for them.' },
  PHONE_DID_NOT_ANSWER: { means: 'The viewer’s phone did not answer.', params: ['cause'] },
  CALL_BACK_FAILED: {
    means: 'The agent’s phone did not take the call back; the customer is still on the line.',
    params: ['cause'],
  },
  CONSULTATION_NOT_ANSWERED: {
    means: 'The consulted party did not answer; the agent is back with the customer.',
    params: ['cause'],
  },
  SURVEY_INBOUND_ONLY: { means: 'Only a caller of an inbound call can be transferred to the survey.' },
  SWITCH_COMMAND_FAILED: { means: 'The switch could not carry out the call command.', params: ['cause'] },
  CALL_NOT_RINGING: { means: 'That call is no longer ringing.' },
  CALL_NOT_ANSWERED: { means: 'That call is not answered yet.' },
  REAL_PHONES_ONLY: {
    means: 'The platform runs on a real switch (FreeSWITCH): register a softphone or desk phone instead.',
  },

  // ── test calls ─────────────────────────────────────────────────────────────────────────────────────
  TOO_MANY_TEST_CALLS: { means: 'The company has its maximum of live test calls.', params: ['maximum'] },
  TEST_CALL_ENDED: { means: 'The test call has ended.' },
  TEST_CALLS_SIMULATED_ONLY: {
    means: 'Calls go through the real switch here: call the number from any phone instead.',
  },
  INVALID_CALLER_NUMBER: { means: 'A caller number is 3–20 digits, optionally after a +.' },
  INVALID_NUMBER_FILTER: { means: 'A number to search for is 1–32 digits, *, # or +.' },
  RANGE_TOO_LONG: { means: 'The period is longer than allowed.', params: ['days'] },

  // ── voice library ──────────────────────────────────────────────────────────────────────────────────
  FILE_REQUIRED: { means: 'Choose a WAV file (sent as multipart/form-data).' },
  NOT_A_WAV_FILE: { means: 'The file is not a WAV file (no RIFF/WAVE header).' },
  WAV_DAMAGED: { means: 'The WAV header is damaged or incomplete.' },
  WAV_CUT_SHORT: { means: 'The WAV file has less audio than its header announces.' },
  WAV_UNSUPPORTED_BIT_DEPTH: { means: 'PCM of another bit depth than 16.', params: ['bits'] },
  WAV_UNSUPPORTED_ENCODING: {
    means: 'A WAVE encoding other than 16-bit PCM, A-law or µ-law (e.g. compressed or floating point).',
  },
  WAV_NOT_MONO: { means: 'The WAV file has more than one channel.', params: ['channels'] },
  WAV_UNSUPPORTED_SAMPLE_RATE: {
    means: 'Sampled at another rate than 8000, 16000 or 48000 Hz.',
    params: ['rate'],
  },
  WAV_TOO_LONG: { means: 'The audio lasts longer than allowed.', params: ['seconds', 'maximum'] },
  TTS_UNAVAILABLE: {
    means:
      'Text to speech cannot run on this server (espeak-ng is not installed); upload a WAV file instead.',
  },
  PROMPT_NOT_APPROVED: { means: 'Not an approved voice prompt (pending review, rejected or deleted).' },
  PROMPT_IN_BASIC_SETTINGS: {
    means: 'The prompt is a system prompt of the basic settings; choose another one there first.',
  },
  ALREADY_REVIEWED: { means: 'The prompt is not pending review any more.' },
  REJECTION_REASON_REQUIRED: { means: 'Rejecting a prompt needs a reason: say what to change.' },
  TONE_ONLY_FOR_TRANSFER_WAIT: { means: 'The tone is only for the transfer wait.' },

  // ── IVR flows, schedules and holidays ──────────────────────────────────────────────────────────────
  CHOOSE_KEY_ACTION: { means: 'Choose what pressing this key does.' },
  CHOOSE_SUB_MENU: { means: 'Choose the sub-menu this key opens.' },
  CHOOSE_SKILL_GROUP: { means: 'Choose a skill group.' },
  CHOOSE_AGENT: { means: 'Choose an agent.' },
  CHOOSE_NUMBER: { means: 'Choose an outside number.' },
  CHOOSE_PROMPT: { means: 'Choose a prompt.' },
  ADD_A_KEY: { means: 'A menu needs at least one key callers can press.' },
  ADD_A_MENU: { means: 'A flow needs its first menu.' },
  DUPLICATE_MENU_ID: { means: 'Another menu has the same ID.' },
  DUPLICATE_KEY: { means: 'The key is already used in this menu.', params: ['key'] },
  NO_SUCH_MENU: { means: 'The key leads to a menu that is not in this flow.' },
  NOT_A_MENU: { means: 'The first menu must be one of the flow’s menus.' },
  MENU_LOOP: { means: 'The key leads back to a menu above it: menus cannot loop.', params: ['menu'] },
  MENU_TOO_DEEP: { means: 'The menu would be deeper than callers may go.', params: ['depth', 'maximum'] },
  UP_FROM_FIRST_MENU: { means: 'The first menu has no level above it.' },
  UNREACHABLE_MENU: { means: 'No key leads to this menu.' },
  NO_SUCH_SKILL_GROUP: { means: 'No such skill group (deleted, or not the company’s or organisation’s).' },
  NO_SUCH_AGENT: {
    means: 'No such active agent (deleted, disabled, or not the company’s or organisation’s).',
  },
  NO_DRAFT: { means: 'The flow has no draft (to publish or discard).' },
  HOLIDAY_TOO_LONG: { means: 'A holiday lasts at most so many days.', params: ['maximum'] },
  CHOOSE_HOLIDAY_FLOW: { means: 'Choose the flow callers follow on this holiday.' },
  DUPLICATE_WEEKDAY: { means: 'This weekday is already in the schedule.' },
  NO_RANGE_ON_DAY: { means: 'A day of the schedule needs at least one time range.' },
  RANGE_STARTS_AT_END_OF_DAY: { means: 'A time range cannot start at 24:00.' },
  EMPTY_RANGE: {
    means: 'A time range must end at another time than it starts (00:00–24:00 is the whole day).',
  },
  OVERLAPPING_RANGES: { means: 'The time range overlaps another one.', params: ['other'] },

  // ── integration ────────────────────────────────────────────────────────────────────────────────────
  INVALID_URL: { means: 'Not a valid URL.' },
  WEBHOOK_URL_NOT_HTTPS: { means: 'A webhook URL must be https: (http: only to localhost in development).' },
  WEBHOOK_URL_INTERNAL: { means: 'A webhook may not point to a private, loopback or link-local address.' },
  // ── screen pop ──────────────────────────────────────────────────────────────────────────────────
  INVALID_ORIGIN: { means: 'An origin is a scheme and a host (and port), e.g. https://crm.example.com.' },
  UNKNOWN_EMBED_VARIABLE: { means: 'The URL template names a variable calls do not have.', params: ['name'] },
  EMBED_VARIABLE_IN_ORIGIN: { means: 'Variables may fill the path, query or fragment, never the site.' },
  EMBED_URL_NOT_ALLOWED: { means: 'An embedded page must be https:, or its origin listed as allowed.' },
  NOTE_EMPTY: { means: 'A note needs some text.' },
  // ── custom fields and customers ────────────────────────────────────────────────────────────────────
  INVALID_FIELD_KEY: { means: 'A field key is 1–40 letters, digits or _, starting with a letter.' },
  FIELD_KEY_TAKEN: { means: 'Another field of the same kind of record has this key.' },
  OPTIONS_REQUIRED: { means: 'A single or multiple choice field needs at least one option.' },
  OPTIONS_ONLY_FOR_CHOICES: { means: 'Only single and multiple choice fields have options.' },
  DUPLICATE_OPTION: { means: 'Two options have the same value.', params: ['value'] },
  UNKNOWN_CUSTOM_FIELD: { means: 'No custom field has this key.' },
  NOT_TEXT: { means: 'The value must be text.' },
  NOT_A_NUMBER: { means: 'The value must be a number.' },
  NOT_A_LIST: { means: 'A multiple choice value is a list of option values.' },
  STORED_VALUES_CONTRADICT: {
    means: 'Stored records hold values this change would make invalid; correct or clear them first.',
    params: ['rows'],
  },
  DUPLICATE_PHONE_NUMBER: { means: 'The same number is listed twice.' },
  PHONE_NUMBER_TAKEN: {
    means: 'Another customer of the organisation has this number: merge the two instead.',
    params: ['number'],
  },
  MERGE_WITH_ITSELF: { means: 'A customer cannot be merged into itself.' },
  CUSTOMERS_IN_DIFFERENT_ORGANIZATIONS: {
    means:
      'The two customers belong to different organisations (inbound and telesales) and cannot be merged.',
  },
  // ── service summaries ──────────────────────────────────────────────────────────────────────────────
  SUMMARY_CATEGORY_TOO_DEEP: {
    means: 'Summary categories have at most this many levels.',
    params: ['maximum'],
  },
  SUMMARY_CATEGORY_IN_USE: {
    means: 'Service summaries use this category: disable it instead of deleting it.',
    params: ['summaries'],
  },
  SUMMARY_CATEGORY_HAS_CHILDREN: {
    means: 'The category has categories below it: delete or move those first.',
    params: ['children'],
  },
  SUMMARY_CATEGORY_DISABLED: { means: 'The category is disabled and no longer chosen for new summaries.' },
  SUMMARY_EDIT_CLOSED: {
    means: 'A service summary can be corrected only for a while after it was first saved.',
    params: ['hours'],
  },
  SERVICE_SUMMARY_REQUIRED: {
    means: 'The company requires the call’s service summary before after-call work ends: save it first.',
  },

  // ── contact plans ──────────────────────────────────────────────────────────────────────────────────
  NOT_IN_FUTURE: { means: 'The time must be later than now.' },
  NOT_CUSTOMERS_NUMBER: { means: 'The number is not one of the customer’s numbers.' },
  CONTACT_PLAN_CLOSED: { means: 'The contact plan is already done or cancelled.' },
  NO_PLAN_OWNER: { means: 'An API key owns no contact plans: plans are created by signed-in agents.' },

  // ── quality inspection ─────────────────────────────────────────────────────────────────────────────
  SCORECARD_NAME_TAKEN: { means: 'Another scorecard of the company has this name.' },
  DUPLICATE_CRITERION: { means: 'Two criteria of one section have the same name.' },
  UNKNOWN_CRITERION: { means: 'The criterion is not part of this scorecard version.' },
  NO_POINTS_TO_SCORE: { means: 'A non-fatal criterion must be worth at least one point.' },
  CRITERION_NOT_SCORED: { means: 'Every criterion of the scorecard needs a score before submitting.' },
  CRITERION_SCORED_TWICE: { means: 'The criterion is scored more than once.' },
  NOT_A_FATAL_ITEM: { means: 'Only a fatal item can be marked failed.' },
  INSPECTION_NOT_PENDING: { means: 'The inspection is already submitted.' },
  APPEAL_ALREADY_MADE: { means: 'An inspection can be appealed only once.' },
  APPEAL_NOT_PENDING: { means: 'The appeal is already accepted or rejected.' },
  APPEAL_WINDOW_CLOSED: {
    means: 'The company’s appeal window after the inspection’s submission has passed; the result is final.',
  },
  NO_SAMPLE_SIZE: { means: 'Random sampling needs a percentage or a number of calls per agent per week.' },
  // ── outbound tasks and the do-not-call list ───────────────────────────────────────────────────────
  INVALID_FOLLOW_UP_VALUE: { means: 'A follow-up result’s value is 1–40 letters, digits or underscores.' },
  DUPLICATE_FOLLOW_UP_RESULT: { means: 'Two follow-up results have the same value.' },
  WINDOW_END_BEFORE_START: { means: 'A calling-hour window ends before (or when) it starts.' },
  OVERLAPPING_WINDOWS: { means: 'Two calling-hour windows overlap.' },
  DUPLICATE_HOLIDAY: { means: 'The same holiday date is listed twice.' },
  TASK_NAME_TAKEN: { means: 'Another outbound task has this name.' },
  TASK_STATE_FORBIDS: { means: 'The outbound task’s state does not allow this.', params: ['status'] },
  NUMBER_ON_DO_NOT_CALL_LIST: { means: 'The number is on the do-not-call list.' },
  TASK_ITEM_DUPLICATE: { means: 'The task already has this number.' },
  TASK_ITEM_LOCKED: { means: 'Another agent has the item open.' },
  TASK_ITEM_NOT_OPEN: { means: 'The item must be open (locked to the agent) before it is dialled.' },
  TASK_OUTSIDE_PERIOD: {
    means: 'Today (in the company’s zone) is outside the task’s start and end dates.',
    params: ['startsOn', 'endsOn'],
  },
  TASK_ITEM_NOT_DIALLED: { means: 'A follow-up result is recorded only after the number was dialled.' },
  UNKNOWN_FOLLOW_UP_RESULT: { means: 'The follow-up result is not one of the task’s.' },
  NOT_SKILL_GROUP_MEMBER: { means: 'The agent is not a member of the skill group.' },
  NOT_ENOUGH_ITEMS: {
    means: 'Fewer items are undistributed than the counts ask for.',
    params: ['available'],
  },
  ONE_AGENT_REQUIRED: { means: 'Choose exactly one agent.' },
  ITEM_NOT_IN_POOL: { means: 'The item is not waiting to be distributed in the skill group.' },
  ALREADY_ON_DO_NOT_CALL_LIST: { means: 'The number is already on the do-not-call list.' },
  NOT_TASK_FIELD: { means: 'The custom field is not a task-data field.' },
  NOT_TELESALES_AGENT: { means: 'The member is not an agent of the telesales organisation.' },
  NOT_TELESALES_SKILL_GROUP: { means: 'The skill group is not of the telesales organisation.' },
  NOT_TASK_ASSIGNEE: { means: 'The agent or skill group is not assigned to the task.' },
} as const satisfies Record<string, ProblemSpec>

export type ProblemCode = keyof typeof PROBLEMS

export const PROBLEM_CODES = Object.keys(PROBLEMS) as ProblemCode[]

type ParamName<Code extends ProblemCode> = (typeof PROBLEMS)[Code] extends { params: readonly (infer Name)[] }
  ? Name & string
  : never

/** The values a code's wording takes, e.g. `{ maximum: 50 }` for TOO_MANY_NOT_READY_REASONS. */
export type ProblemParams<Code extends ProblemCode = ProblemCode> = {
  [Name in ParamName<Code>]: string | number
}

/** Whether a code declares values, so that its senders must give them. */
export type HasParams<Code extends ProblemCode> = [ParamName<Code>] extends [never] ? false : true

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.hasOwn(PROBLEMS, value)
}
