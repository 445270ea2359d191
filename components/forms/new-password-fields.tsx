"use client";

import { TextField } from "./fields";

/** A new password typed twice (fields `password` and `confirm`), for the forms that set one. */
export function NewPasswordFields() {
  return (
    <>
      <TextField name="password" label="New password" type="password" autoComplete="new-password" required hint="At least 12 characters." />
      <TextField name="confirm" label="The same password again" type="password" autoComplete="new-password" required />
    </>
  );
}
