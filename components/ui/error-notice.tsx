import Link from "next/link";

/**
 * What a 403 or 404 says. Inside the app shell it is the content of the shell's <main>; on its own (an unknown
 * address, nobody signed in) it is the page's <main>. Its <title> says what happened, because the title Next.js
 * resolved is the refused page's own ("Admin · Quorum").
 */
export function ErrorNotice({ code, title, children, standalone = false }: { code: 403 | 404; title: string; children?: React.ReactNode; standalone?: boolean }) {
  const Root = standalone ? "main" : "div";
  return (
    <Root className="mx-auto max-w-lg px-6 py-16 text-center sm:py-24">
      <title>{`${title} · Quorum`}</title>
      <p className="text-sm font-semibold text-brand-700">{code === 403 ? "403 · No access" : "404 · Not found"}</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">{title}</h1>
      {children ? <p className="mt-2 text-sm text-slate-600">{children}</p> : null}
      <Link href="/" className="mt-6 inline-block text-sm font-medium text-brand-700 underline">Go to your home</Link>
    </Root>
  );
}

export const FORBIDDEN_TITLE = "You do not have access to this page";
export const FORBIDDEN_TEXT = "Your roles do not include this part of Quorum. Ask an admin if you think they should.";
export const NOT_FOUND_TITLE = "This page does not exist";
export const NOT_FOUND_TEXT = "The address may be mistyped, or what it pointed to was removed or is not shared with you.";
