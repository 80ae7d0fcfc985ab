let options: { value: string; label: string }[] | undefined;

/** The IANA time zones the browser knows, each with its offset now ("Africa/Nairobi (GMT+3)"), UTC first. */
export function timeZoneOptions(): { value: string; label: string }[] {
  options ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')].map((zone) => {
    const offset = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(new Date())
      .find((part) => part.type === 'timeZoneName')?.value;
    return { value: zone, label: offset && zone !== 'UTC' ? `${zone.replaceAll('_', ' ')} (${offset})` : zone };
  });
  return options;
}
