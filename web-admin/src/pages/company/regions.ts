// The home region's choices: ISO 3166 regions with phone numbers, named in the console's language.

/**
 * Codes the browser knows a name for but that are no country with phone numbers: groupings (EU, UN),
 * private-use codes, and withdrawn ones (the Soviet Union, Yugoslavia…). The API has the final word.
 */
const NOT_DIALLABLE = new Set(
  'AN AQ BU BV CP CQ CS DD DG DY EA EU EZ FX GS HM HV IC NH PN QO RH SU TF TP UK UM UN VD XA XB YD YU ZR ZZ'.split(
    ' ',
  ),
)

export interface RegionOption {
  code: string
  label: string
}

/** ISO 3166 regions with phone numbers, named in `locale` and sorted by that name. */
export function regionOptions(locale: string): RegionOption[] {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  const options: RegionOption[] = []
  for (const first of letters)
    for (const second of letters) {
      const code = first + second
      const name = NOT_DIALLABLE.has(code) ? undefined : names.of(code)
      if (name && name !== code) options.push({ code, label: `${name} (${code})` })
    }
  return options.sort((a, b) => a.label.localeCompare(b.label, locale))
}

/** `中国 (CN)`, or the bare code when the browser has no name for it. */
export function regionLabel(code: string, locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code)
  return name && name !== code ? `${name} (${code})` : code
}
