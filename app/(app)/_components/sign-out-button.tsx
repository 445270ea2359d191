"use client";

import { useState } from "react";
import { signOutAndLeave } from "@/lib/auth/sign-out-client";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <Button variant="secondary" disabled={busy} onClick={() => { setBusy(true); signOutAndLeave().catch(() => setBusy(false)); }}>
      {busy ? "Signing out…" : "Sign out"}
    </Button>
  );
}
