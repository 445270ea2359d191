import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { homePath } from "@/lib/auth/roles";

export default async function Root() {
  redirect(homePath(await requireUser()));
}
