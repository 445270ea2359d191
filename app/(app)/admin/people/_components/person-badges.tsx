import { StatusBadge } from "@/components/ui/status-badge";

export function PersonStatus({ disabled }: { disabled: boolean }) {
  return disabled ? <StatusBadge tone="danger">Disabled</StatusBadge> : <StatusBadge tone="success">Active</StatusBadge>;
}

/** How they sign in: a password of their own, or (without one) only single sign-on when it is set up. */
export function SignInMethod({ hasPassword }: { hasPassword: boolean }) {
  return hasPassword ? <span>Password set</span> : <span className="text-slate-500">No password</span>;
}
