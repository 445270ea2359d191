import "server-only";
import nodemailer from "nodemailer";
import { smtpConfig } from "@/lib/env";

export type Mail = {
  to: string | string[];
  subject: string;
  text: string;
  /** An RFC 5545 calendar (lib/interview/ics.ts): sent as a text/calendar part mail clients offer to add. */
  calendar?: { method: "REQUEST" | "CANCEL"; content: string; filename: string };
};

export type MailOutcome = { sent: true } | { sent: false; reason: "notConfigured" | "failed"; message: string };

/**
 * Send one mail through SMTP_URL, when it is set. Never throws: a mail server that is down must not undo the write
 * that wanted the mail (the caller has committed it already), so the outcome is returned and shown to the admin.
 */
export async function sendMail(mail: Mail): Promise<MailOutcome> {
  const config = smtpConfig();
  if (!config) return { sent: false, reason: "notConfigured", message: "No mail server is configured (SMTP_URL)." };
  try {
    const transport = nodemailer.createTransport(config.url);
    await transport.sendMail({
      from: config.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.calendar
        ? { icalEvent: { method: mail.calendar.method, filename: mail.calendar.filename, content: mail.calendar.content } }
        : {}),
    });
    return { sent: true };
  } catch (error) {
    console.error("sending mail failed:", error instanceof Error ? error.message : error);
    return { sent: false, reason: "failed", message: "The mail server refused or could not be reached; nothing was sent." };
  }
}

export const mailConfigured = () => smtpConfig() !== undefined;
