// The people list's outline while it loads.
import { ListSkeleton } from "@/components/ui/list-skeleton";

export default function Loading() {
  return <ListSkeleton label="Loading people" rows={6} />;
}
