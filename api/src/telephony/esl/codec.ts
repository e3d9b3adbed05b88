// The one ESL codec: pure functions from bytes to frames and events and back, shared by the client
// and the switch simulator. See ../PROTOCOL.md for the wire format.
export { EslProtocolError } from './errors.js'
export type { EslProtocolErrorCode } from './errors.js'
export { CommandParser, FrameParser, encodeFrame, parseHeaderLines, toHeaderRecord } from './frame.js'
export type { CommandBlock, Frame, HeaderList, ParserLimits, PushResult } from './frame.js'
export {
  CHANNEL_EVENT_NAMES,
  KNOWN_EVENT_NAMES,
  REGISTRATION_SUBCLASSES,
  decodeEvent,
  encodeEvent,
  isEventFrame,
  toEslEvent,
} from './event.js'
export type {
  BackgroundJobEvent,
  ChannelEvent,
  ChannelEventName,
  DtmfEvent,
  EslEvent,
  EventData,
  EventFormat,
  EventNamed,
  ExecuteEvent,
  HangupEvent,
  HeartbeatEvent,
  KnownEventName,
  OtherEvent,
  PlainChannelEvent,
  PlaybackEvent,
  RecordEvent,
  RegistrationEvent,
  RegistrationSubclass,
} from './event.js'
export { encodeCommand } from './command.js'
export type { EslCommand, SendmsgExecute } from './command.js'
export { fsUrlDecode, fsUrlEncode } from './url-encoding.js'
