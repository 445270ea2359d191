import { connection } from "next/server";
import { ErrorNotice, NOT_FOUND_TEXT, NOT_FOUND_TITLE } from "@/components/ui/error-notice";

export const metadata = { title: "Page not found" };

// An address no route matches: outside the app shell, so the notice is the page's <main>.
export default async function NotFound() {
  // Rendered per request, never prerendered: a page built ahead of time has no nonce for its scripts, and the
  // Content-Security-Policy (proxy.ts) would block them.
  await connection();
  return <ErrorNotice code={404} title={NOT_FOUND_TITLE} standalone>{NOT_FOUND_TEXT}</ErrorNotice>;
}
