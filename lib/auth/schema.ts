import { z } from "@/lib/validation/zod";

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter an email address").max(320),
  password: z.string().min(1, "Enter your password").max(200),
});
export type SignInInput = z.infer<typeof SignInSchema>;

/** The one message for every failed sign-in: it never says whether the email exists. */
export const SIGN_IN_FAILED = "The email or password is not right.";
