import { z } from "@/lib/validation/zod";
import { ROLES } from "@/lib/auth/roles";
import { EmailSchema } from "@/lib/auth/schema";
import { safeText } from "@/lib/validation/safe-input";

/** The roles a person holds: any of the three, each once. None is allowed (they land on /no-role). */
export const RolesSchema = z.array(z.enum(ROLES)).max(ROLES.length).transform((roles) => [...new Set(roles)]);

/** A new password: long enough to resist guessing, short enough for bcrypt (which reads 72 bytes). */
export const NewPasswordSchema = z
  .string()
  .min(12, "Use at least 12 characters")
  .refine((p) => Buffer.byteLength(p, "utf8") <= 72, "Use at most 72 bytes (bcrypt ignores the rest)");

/** An admin made from the shell (`npm run admin:create`): the first one of an empty database, or a promotion. */
export const AdminAccountSchema = z.object({
  email: EmailSchema,
  name: safeText().trim().min(1, "Give a name").max(200, "Use at most 200 characters").optional(),
});
