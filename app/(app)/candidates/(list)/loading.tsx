// In its own route group so that this skeleton wraps the list only: above the candidate layout, its 404 would
// stream as a 200.
import { ListSkeleton } from "@/components/ui/list-skeleton";

export default function Loading() {
  return <ListSkeleton label="Loading candidates" />;
}
