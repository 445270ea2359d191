import { connection } from "next/server";
import { ErrorNotice, NOT_FOUND_TEXT, NOT_FOUND_TITLE } from "@/components/ui/error-notice";

// notFound() in a signed-in page: inside the app shell, whose <main> holds it.
export default async function NotFound() {
  await connection(); // per request, as app/not-found.tsx (the nonce)
  return <ErrorNotice code={404} title={NOT_FOUND_TITLE}>{NOT_FOUND_TEXT}</ErrorNotice>;
}
