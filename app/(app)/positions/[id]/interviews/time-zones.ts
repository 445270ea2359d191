/** The zones the scheduling forms offer: the server's IANA list (the browser adds its own if missing), with UTC. */
export function timeZoneList(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : [...zones, "UTC"].sort();
}
