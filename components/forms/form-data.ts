/**
 * A form's fields as a plain object for a zod schema: a name ending in "[]" is always a list (a group of checkboxes
 * may have none or one ticked), every other name is its one string value. Files are left out.
 */
export function formToObject(form: HTMLFormElement | FormData): Record<string, string | string[]> {
  const data = form instanceof FormData ? form : new FormData(form);
  const out: Record<string, string | string[]> = {};
  if (!(form instanceof FormData)) {
    // A list with nothing ticked sends no entry at all: declare it empty.
    for (const el of Array.from(form.elements)) {
      const name = (el as HTMLInputElement).name;
      if (name?.endsWith("[]")) out[name.slice(0, -2)] = [];
    }
  }
  for (const [name, value] of data.entries()) {
    if (typeof value !== "string") continue;
    if (name.endsWith("[]")) {
      const key = name.slice(0, -2);
      out[key] = [...((out[key] as string[] | undefined) ?? []), value];
    } else {
      out[name] = value;
    }
  }
  return out;
}
