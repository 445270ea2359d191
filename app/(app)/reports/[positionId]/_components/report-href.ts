/** A link to the report that keeps the reader's sort and calibration choice (the page's state lives in the URL). */
export function reportHref(positionId: string, state: { sort?: string; calibrated?: boolean }): string {
  const query = new URLSearchParams();
  if (state.sort && state.sort !== "overall") query.set("sort", state.sort);
  if (state.calibrated) query.set("calibrated", "1");
  const q = query.toString();
  return `/reports/${positionId}${q ? `?${q}` : ""}`;
}
