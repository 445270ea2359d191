import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">You do not have access to this page</h1>
      <p className="mt-2 text-sm text-slate-600">Your roles do not include this part of Quorum. Ask an admin if you think they should.</p>
      <Link href="/" className="mt-6 inline-block text-sm font-medium text-brand-700 underline">Go to your home</Link>
    </main>
  );
}
