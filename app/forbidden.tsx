import { ErrorNotice, FORBIDDEN_TEXT, FORBIDDEN_TITLE } from "@/components/ui/error-notice";

// Outside the app shell (no layout gives this one a <main>).
export default function Forbidden() {
  return <ErrorNotice code={403} title={FORBIDDEN_TITLE} standalone>{FORBIDDEN_TEXT}</ErrorNotice>;
}
