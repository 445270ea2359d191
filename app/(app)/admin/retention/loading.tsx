// The retention pages' outline while their list loads.
import { ListSkeleton } from "@/components/ui/list-skeleton";

export default function Loading() {
  return <ListSkeleton label="Loading" rows={6} />;
}
