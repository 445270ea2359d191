import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";

export default async function NoRole() {
  await requireUser();
  return <PageHeader title="No role yet" description="Your account has no role in Quorum. An admin can give you one." />;
}
