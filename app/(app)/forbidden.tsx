import { ErrorNotice, FORBIDDEN_TEXT, FORBIDDEN_TITLE } from "@/components/ui/error-notice";

// Inside the app shell, whose <main> holds it.
export default function Forbidden() {
  return <ErrorNotice code={403} title={FORBIDDEN_TITLE}>{FORBIDDEN_TEXT}</ErrorNotice>;
}
