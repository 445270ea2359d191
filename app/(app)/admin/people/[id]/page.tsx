import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getPerson } from "@/lib/people/data";
import { PersonIdSchema } from "@/lib/people/schema";
import { mailConfigured } from "@/lib/mail/send";
import { ViewerDate } from "@/app/(app)/_components/viewer-time";
import { Card } from "@/components/ui/card";
import { PersonForm } from "../_components/person-form";
import { PersonStatus, SignInMethod } from "../_components/person-badges";
import { PasswordControl } from "./_components/password-control";
import { StatusControl } from "./_components/status-control";

export const metadata = { title: "Person" };

function Teams({ title, positions, none }: { title: string; positions: { id: string; title: string; status: string }[]; none: string }) {
  return (
    <div>
      <h3 className="text-sm font-medium text-slate-800">{title}</h3>
      {positions.length === 0 ? <p className="mt-1 text-sm text-slate-500">{none}</p> : (
        <ul className="mt-1 list-disc pl-5 text-sm">
          {positions.map((p) => <li key={p.id}>{p.title}{p.status === "open" ? "" : <span className="text-slate-500"> ({p.status.replace("_", " ")})</span>}</li>)}
        </ul>
      )}
    </div>
  );
}

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("admin");
  const id = PersonIdSchema.safeParse((await params).id);
  const person = id.success ? await getPerson(id.data) : null;
  if (!person) notFound();
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href="/admin/people" className="text-brand-700 underline-offset-2 hover:underline">People</Link>
      </nav>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{person.name}</h1>
          <p className="mt-1 text-sm text-slate-600">{person.email} · added <ViewerDate at={person.createdAt} /></p>
        </div>
        <PersonStatus disabled={person.disabled} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card className="p-6">
          <h2 className="mb-4 font-semibold">Details and roles</h2>
          <PersonForm person={person} />
        </Card>
        <div className="space-y-6">
          <Card className="p-6">
            <h2 className="font-semibold">Password</h2>
            <p className="mb-4 mt-1 text-sm text-slate-600"><SignInMethod hasPassword={person.hasPassword} />.</p>
            {person.disabled
              ? <p className="text-sm text-slate-600">Re-enable them to give them a password.</p>
              : <PasswordControl personId={person.id} name={person.name} email={person.email} hasPassword={person.hasPassword} mailConfigured={mailConfigured()} />}
          </Card>
          <Card className="p-6">
            <h2 className="font-semibold">Status</h2>
            <p className="mb-4 mt-1 text-sm text-slate-600">{person.disabled ? "Disabled: they cannot sign in." : "Active: they can sign in."}</p>
            <StatusControl personId={person.id} name={person.name} disabled={person.disabled} />
          </Card>
          <Card className="space-y-3 p-6">
            <h2 className="font-semibold">Hiring teams</h2>
            <Teams title="Manages" positions={person.manages} none="No position." />
            <Teams title="In the interviewer pool of" positions={person.pool} none="No position." />
          </Card>
        </div>
      </div>
    </>
  );
}
