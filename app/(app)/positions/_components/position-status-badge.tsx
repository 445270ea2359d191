import { POSITION_STATUS_LABELS, type PositionStatus } from "@/lib/position/schema";
import { StatusBadge } from "@/components/ui/status-badge";

const TONES = { open: "success", on_hold: "warning", closed: "neutral" } as const;

export function PositionStatusBadge({ status }: { status: PositionStatus }) {
  return <StatusBadge tone={TONES[status]}>{POSITION_STATUS_LABELS[status]}</StatusBadge>;
}
