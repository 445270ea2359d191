"use server";

import { revalidatePath } from "next/cache";
import { actionUser } from "@/lib/auth/action-guard";
import { failure, invalid, success, type ActionResult } from "@/lib/http/action-result";
import { appOrigin } from "@/lib/http/app-origin";
import { mailConfigured, sendMail } from "@/lib/mail/send";
import { createPerson, disableUser, enableUser, updatePerson, type PersonRefusal } from "./mutations";
import { createPasswordLink, LINK_UNUSABLE, setPasswordWithLink, setTemporaryPassword } from "./password-mutations";
import { passwordLinkMail } from "./password-link-mail";
import { PersonIdSchema, PersonSchema, SetPasswordWithLinkSchema, type PasswordLinkResult } from "./schema";

// The people pages' server actions: admins only, checked here on every call; the mutations hold the rules.

const GONE = "This person no longer exists.";

function refused(result: PersonRefusal | { ok: false; reason: "disabled"; message: string }) {
  if (result.reason === "notFound") return failure(GONE);
  if (result.reason === "conflict") return failure(result.message, { email: result.message });
  if (result.reason === "lastAdmin") return failure(result.message, { roles: result.message });
  return failure(result.message);
}

/** An admin acting on one person, named by a well-formed id (a malformed one is no person, not a 500). */
async function adminOn(id: unknown) {
  const { user, refusal } = await actionUser("admin");
  if (refusal) return { refusal };
  const parsed = PersonIdSchema.safeParse(id);
  return parsed.success ? { actorId: user.id, userId: parsed.data } : { refusal: failure(GONE) };
}

function changed(userId?: string) {
  revalidatePath("/admin", "layout"); // the list, the person's page and the admin home's counts
  if (userId) revalidatePath(`/admin/people/${userId}`);
}

export async function createPersonAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const { user, refusal } = await actionUser("admin");
  if (refusal) return refusal;
  const parsed = PersonSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await createPerson(user.id, parsed.data);
  if (!result.ok) return refused(result);
  changed();
  return success({ id: result.userId }, "Added. Now give them a way to sign in.");
}

export async function updatePersonAction(id: unknown, input: unknown): Promise<ActionResult> {
  const target = await adminOn(id);
  if (target.refusal) return target.refusal;
  const parsed = PersonSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updatePerson(target.actorId, target.userId, parsed.data);
  if (!result.ok) return refused(result);
  changed(target.userId);
  return success(undefined, "Saved.");
}

export async function setDisabledAction(id: unknown, disabled: boolean): Promise<ActionResult> {
  const target = await adminOn(id);
  if (target.refusal) return target.refusal;
  const result = await (disabled === true ? disableUser : enableUser)(target.actorId, target.userId);
  if (!result.ok) return refused(result);
  changed(target.userId);
  return success(undefined, disabled ? "Disabled: their sessions have ended." : "Re-enabled.");
}

/** A set-password link, returned once to show; mailed to the person as well when a mail server is configured. */
export async function createPasswordLinkAction(id: unknown): Promise<ActionResult<PasswordLinkResult>> {
  const target = await adminOn(id);
  if (target.refusal) return target.refusal;
  const result = await createPasswordLink(target.actorId, target.userId);
  if (!result.ok) return refused(result);
  const link = `${await appOrigin()}/set-password/${result.token}`;
  // After the commit: a mail server that is down must not undo the link (the admin can still hand it over).
  const outcome = mailConfigured() ? await sendMail(passwordLinkMail(result, link, result.expiresAt)) : null;
  changed(target.userId);
  const mail = outcome === null ? { sent: false } : outcome.sent ? { sent: true } : { sent: false, message: outcome.message };
  return success({ link, expiresAt: result.expiresAt.toISOString(), mail });
}

export async function setTemporaryPasswordAction(id: unknown): Promise<ActionResult<{ password: string }>> {
  const target = await adminOn(id);
  if (target.refusal) return target.refusal;
  const result = await setTemporaryPassword(target.actorId, target.userId);
  if (!result.ok) return refused(result);
  changed(target.userId);
  return success({ password: result.password });
}

/** Public (/set-password/[token]): the token is the credential, so there is no session to check. */
export async function setPasswordWithLinkAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = SetPasswordWithLinkSchema.safeParse(input);
  if (!parsed.success) return parsed.error.issues.some((i) => i.path[0] === "token") ? failure(LINK_UNUSABLE) : invalid(parsed.error);
  const result = await setPasswordWithLink(parsed.data);
  return result.ok ? success({ email: result.email }) : failure(result.message);
}
