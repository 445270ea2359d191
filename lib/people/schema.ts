import { z } from "@/lib/validation/zod";
import { ROLES } from "@/lib/auth/roles";
import { EmailSchema } from "@/lib/auth/schema";
import { safeText } from "@/lib/validation/safe-input";
import { supportedTimeZone } from "@/lib/interview/local-time";

/** The roles a person holds: any of the three, each once. None is allowed (they land on /no-role). */
export const RolesSchema = z.array(z.enum(ROLES)).max(ROLES.length).transform((roles) => [...new Set(roles)]);

/** A new password: long enough to resist guessing, short enough for bcrypt (which reads 72 bytes; TextEncoder
 * counts them the same in the browser and on the server). */
export const NewPasswordSchema = z
  .string()
  .min(12, "Use at least 12 characters")
  .refine((p) => new TextEncoder().encode(p).length <= 72, "Use at most 72 bytes (bcrypt ignores the rest)");

export const PersonNameSchema = safeText().trim().min(1, "Give a name").max(200, "Use at most 200 characters");

/** An admin made from the shell (`npm run admin:create`): the first one of an empty database, or a promotion. */
export const AdminAccountSchema = z.object({
  email: EmailSchema,
  name: PersonNameSchema.optional(),
});

/** A person as the admin forms add and edit them: the people pages give everyone at least one role. */
export const PersonSchema = z.object({
  name: PersonNameSchema,
  email: EmailSchema,
  roles: z.array(z.enum(ROLES, { error: "Pick a role from the list" })).min(1, "Pick at least one role").max(ROLES.length).transform((roles) => [...new Set(roles)]),
});
export type PersonInput = z.output<typeof PersonSchema>;

export const PersonIdSchema = z.uuid();

/** A one-time token as it comes back in a link: 32 random bytes in base64url are 43 characters. */
export const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "This link is not complete");

/** A new password is typed twice, so a slip of the finger does not lock the person out. */
const passwordsMatch = (v: { password: string; confirm: string }) => v.password === v.confirm;
const DIFFER = { path: ["confirm"], message: "The two passwords differ" };

/** /set-password/[token]: a person sets their own password with the link an admin gave them. */
export const SetPasswordWithLinkSchema = z.object({ token: TokenSchema, password: NewPasswordSchema, confirm: z.string() }).refine(passwordsMatch, DIFFER);

/** /setup/[token]: the first admin of an empty database, with the link `npm start` printed. */
export const FirstAdminSchema = z
  .object({ token: TokenSchema, name: PersonNameSchema, email: EmailSchema, password: NewPasswordSchema, confirm: z.string() })
  .refine(passwordsMatch, DIFFER);

/** The people list's search parameters; anything unexpected falls back to the default rather than failing. */
export const PeopleFilterSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(["active", "disabled"]).optional().catch(undefined),
  sort: z.enum(["newest", "name"]).catch("newest"),
});
export type PeopleFilter = z.output<typeof PeopleFilterSchema>;

/** What creating a password link gives the admin's page: the link to show once, and whether it was mailed. */
export type PasswordLinkResult = { link: string; expiresAt: string; mail: { sent: boolean; message?: string } };

/** A time zone the runtime knows (Intl's supported IANA names, plus UTC); "" means "follow my browser". */
const UNKNOWN_ZONE = "Choose a time zone from the list: this one is not a time zone Quorum knows.";
export const TimeZoneSchema = z.string().trim().max(64, UNKNOWN_ZONE)
  .refine((zone) => zone === "" || supportedTimeZone(zone) !== null, UNKNOWN_ZONE)
  .transform((zone) => (zone === "" ? null : supportedTimeZone(zone)));

/** The profile form: whose row (the caller's own; the mutation refuses any other) and the zone, "" for automatic. */
export const ProfileTimeZoneSchema = z.object({ userId: z.uuid("Choose a time zone from the list."), timeZone: TimeZoneSchema });
