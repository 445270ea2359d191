import { z } from "@/lib/validation/zod";

/** An email as people are known by: trimmed and lower-cased, so one address is one person however it is typed. */
export const EmailSchema = z.string().trim().toLowerCase().email("Enter an email address").max(320);

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password").max(200),
});
export type SignInInput = z.infer<typeof SignInSchema>;

/** The one message for every failed sign-in: it never says whether the email exists. */
export const SIGN_IN_FAILED = "The email or password is not right.";

/** The one message for a throttled sign-in (HTTP 429): the same whether or not the account exists. */
export const SIGN_IN_THROTTLED = "Too many sign-in attempts. Wait a few minutes, then try again.";

/** The error code next-auth's signIn() reports for a throttled sign-in (the `error` query of the 429's url). */
export const THROTTLED_ERROR = "SignInThrottled";

/**
 * The body the credentials endpoint accepts, before the credentials themselves are judged: an object carrying the
 * fields next-auth's own client sends. Anything else is a 400, not a 500 or a redirect.
 */
export const CredentialsBodySchema = z.looseObject({ csrfToken: z.string(), email: z.string(), password: z.string() });
