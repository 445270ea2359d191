import { authorizePosition } from "@/lib/position/loaders";

// The position's scope check runs here, above the overview's loading boundary ((overview)/loading.tsx), so "not
// yours" (403) and "no such position" (404) are real statuses for every page of the position.
export default async function PositionLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  await authorizePosition((await params).id);
  return children;
}
