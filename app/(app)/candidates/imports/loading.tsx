// The imports list's outline while it loads.
import { ListSkeleton } from "@/components/ui/list-skeleton";

export default function Loading() {
  return <ListSkeleton label="Loading imports" rows={6} filters={false} />;
}
