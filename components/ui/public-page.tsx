/** The frame of the pages a visitor sees before signing in (set a password, first-admin setup). */
export function PublicPage({ title, description, children }: { title: string; description?: React.ReactNode; children: React.ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <p className="text-sm font-semibold uppercase tracking-widest text-brand-700">Quorum</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">{title}</h1>
      {description ? <div className="mt-1 text-sm text-slate-600">{description}</div> : null}
      <div className="mt-6">{children}</div>
    </main>
  );
}
