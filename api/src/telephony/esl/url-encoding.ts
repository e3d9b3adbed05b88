// FreeSWITCH's own percent-encoding (switch_url_encode / switch_url_decode), which differs from
// encodeURIComponent: it leaves `/ ( ) , ' ! * $ ~` alone, encodes every byte outside printable
// ASCII, and never turns `+` into a space.

const UNSAFE = new Set(Array.from('\r\n #%&+:;<=>?@[\\]^`{|}"', (c) => c.charCodeAt(0)))
const HEX_UPPER = '0123456789ABCDEF'
const PERCENT = 0x25

function isUpperHex(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46))
}

function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57
  return -1
}

/**
 * Encodes like switch_url_encode with double_encode off: a `%` already followed by two uppercase hex
 * digits is copied as is, so `%41` in a value survives encoding but decodes to `A`. That is how the
 * switch writes event-plain values, and the simulator must reproduce it.
 */
export function fsUrlEncode(value: string): string {
  const bytes = Buffer.from(value, 'utf8')
  let out = ''
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number
    const isEscapedAlready = byte === PERCENT && isUpperHex(bytes[i + 1]) && isUpperHex(bytes[i + 2])
    if (!isEscapedAlready && (byte < 0x20 || byte > 0x7e || UNSAFE.has(byte))) {
      out += '%' + HEX_UPPER[byte >> 4] + HEX_UPPER[byte & 0x0f]
    } else {
      out += String.fromCharCode(byte)
    }
  }
  return out
}

/** Decodes `%XX` (either case) byte-wise, then reads the bytes as UTF-8; a stray `%` stays literal. */
export function fsUrlDecode(value: string): string {
  let percent = value.indexOf('%')
  if (percent < 0) return value
  // Fast path for what the switch mostly escapes (`%3A`, `%20`, `%40`, …): ASCII bytes, each its own
  // character, so the string is rebuilt from slices without a round trip through a Buffer.
  let out = ''
  let copied = 0
  while (percent >= 0) {
    const high = hexValue(value.charCodeAt(percent + 1))
    const low = high >= 0 ? hexValue(value.charCodeAt(percent + 2)) : -1
    if (low < 0) {
      percent = value.indexOf('%', percent + 1)
      continue
    }
    const byte = (high << 4) | low
    // A byte of a multi-byte UTF-8 sequence needs the bytes around it; so may a lone surrogate.
    if (byte >= 0x80) return decodeBytewise(value)
    out += value.slice(copied, percent) + String.fromCharCode(byte)
    copied = percent + 3
    percent = value.indexOf('%', copied)
  }
  out += value.slice(copied)
  // Through a Buffer a lone surrogate becomes U+FFFD; values read off the wire never hold one.
  return LONE_SURROGATE.test(out) ? decodeBytewise(value) : out
}

/** In `u` mode a valid surrogate pair reads as one code point, so this matches only a lone half. */
const LONE_SURROGATE = /\p{Cs}/u

function decodeBytewise(value: string): string {
  const bytes = Buffer.from(value, 'utf8')
  const out = Buffer.allocUnsafe(bytes.length)
  let length = 0
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number
    const high = byte === PERCENT ? hexValue(bytes[i + 1]) : -1
    const low = high >= 0 ? hexValue(bytes[i + 2]) : -1
    if (low >= 0) {
      out[length++] = (high << 4) | low
      i += 2
    } else {
      out[length++] = byte
    }
  }
  return out.toString('utf8', 0, length)
}
