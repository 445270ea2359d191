import Link from "next/link";
import { connection } from "next/server";

const TITLE = "This interview does not exist or is not assigned to you";

/**
 * The 404 of /interviews/<id> (thrown by the interview's layout, so it lands on this segment's boundary): the same
 * words for an unknown id and for someone else's interview, so the page does not tell which interviews exist.
 * Inside the app shell's <main>, so no second one.
 */
export default async function InterviewNotFound() {
  // Per request, like the root 404: a prerendered page has no nonce for the Content-Security-Policy.
  await connection();
  return (
    <div className="mx-auto max-w-lg px-6 py-24 text-center">
      {/* The tab says what happened, not the page that was asked for ("Scorecard · Quorum"). */}
      <title>{`${TITLE} · Quorum`}</title>
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">{TITLE}</h1>
      <p className="mt-2 text-sm text-slate-600">Check the link, or open the interview from your list.</p>
      <Link href="/interviews" className="mt-6 inline-block text-sm font-medium text-brand-700 underline">Go to My interviews</Link>
    </div>
  );
}
