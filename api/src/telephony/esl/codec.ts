// The one ESL codec: pure functions from bytes to frames and events and back, shared by the client
// and the switch simulator. See ../PROTOCOL.md for the wire format.
export { EslProtocolError } from './errors'
export type { EslProtocolErrorCode } from './errors'
export { CommandParser, FrameParser, encodeFrame, parseHeaderLines, toHeaderRecord } from './frame'
export type { CommandBlock, Frame, HeaderList, ParserLimits, PushResult } from './frame'
export {
  CHANNEL_EVENT_NAMES,
  KNOWN_EVENT_NAMES,
  REGISTRATION_SUBCLASSES,
  decodeEvent,
  encodeEvent,
  isEventFrame,
  toEslEvent,
} from './event'
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
} from './event'
export { encodeCommand } from './command'
export type { EslCommand, SendmsgExecute } from './command'
export { fsUrlDecode, fsUrlEncode } from './url-encoding'
