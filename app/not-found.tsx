import Link from "next/link";
import { connection } from "next/server";

export default async function NotFound() {
  // Rendered per request, never prerendered: a page built ahead of time has no nonce for its scripts, and the
  // Content-Security-Policy (proxy.ts) would block them.
  await connection();
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">This page does not exist</h1>
      <Link href="/" className="mt-6 inline-block text-sm font-medium text-brand-700 underline">Go to your home</Link>
    </main>
  );
}
