import type { Mail } from "@/lib/mail/send";

/** The mail that carries a set-password link (plain text: it must read well in any client). */
export function passwordLinkMail(person: { name: string; email: string }, link: string, expiresAt: Date): Mail {
  return {
    to: person.email,
    subject: "Set your Quorum password",
    text: [
      `Hello ${person.name},`,
      "",
      "An admin gave you an account on Quorum, the structured interview tool. Choose your password here:",
      "",
      link,
      "",
      `The link works once, until ${expiresAt.toUTCString()}. If you did not expect it, ignore this mail.`,
    ].join("\n"),
  };
}
