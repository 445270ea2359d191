import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { PersonForm } from "../_components/person-form";

export const metadata = { title: "Add a person" };

export default async function NewPersonPage() {
  await requireRole("admin");
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href="/admin/people" className="text-brand-700 underline-offset-2 hover:underline">People</Link>
      </nav>
      <PageHeader title="Add a person" description="Next, on their page, give them a password by a one-time link or a temporary password." />
      <Card className="max-w-2xl p-6">
        <PersonForm />
      </Card>
    </>
  );
}
