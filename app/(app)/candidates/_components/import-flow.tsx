"use client";

import Link from "next/link";
import { useId, useState, useTransition } from "react";
import { ZodForm, useFormContext } from "@/components/forms/zod-form";
import { SelectField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { ImportSchema, IMPORT_MAX_BYTES, type ImportInput } from "@/lib/candidate/schema";
import { importCandidatesAction, previewImportAction, type ImportPreview } from "@/lib/candidate/import-actions";
import { ImportPreviewTable } from "./import-preview-table";

/**
 * The CSV import in two steps: the file is read in the browser and checked on the server (a dry run listing every
 * row's problems); then the rows without problems are imported, the server checking the file again as it does.
 */
export function ImportFlow({ positions, needsPosition }: { positions: { id: string; title: string }[]; needsPosition: boolean }) {
  const [file, setFile] = useState<{ name: string; text: string }>();
  const [checked, setChecked] = useState<{ input: ImportInput; preview: ImportPreview }>();
  const [outcome, setOutcome] = useState<{ tone: "error" | "success"; text: string; importId?: string }>();
  const [pending, startTransition] = useTransition();
  const reset = () => { setChecked(undefined); setOutcome(undefined); };

  function runImport() {
    if (!checked) return;
    startTransition(async () => {
      const result = await importCandidatesAction({ ...checked.input, expectedRows: checked.preview.importable }).catch(() => ({ ok: false as const, message: "The server could not be reached, or it failed. Nothing was imported; try again." }));
      if (result.ok) {
        setChecked(undefined);
        setFile(undefined);
        setOutcome({ tone: "success", text: result.message ?? "Imported.", importId: result.data.importId });
      } else {
        setOutcome({ tone: "error", text: result.message });
      }
    });
  }

  return (
    <div className="space-y-6">
      <ZodForm schema={ImportSchema} submitLabel="Check the file" pendingLabel="Checking…" aria-label="Check a CSV file"
        action={async (input: ImportInput) => {
          const result = await previewImportAction(input);
          setOutcome(undefined);
          setChecked(result.ok ? { input, preview: result.data } : undefined);
          return result;
        }}>
        <SelectField name="positionId" label="Apply every row to" onChange={reset}
          options={[...(needsPosition ? [] : [{ value: "", label: "No position" }]), ...positions.map((p) => ({ value: p.id, label: p.title }))]} />
        <FileField file={file} onFile={(f) => { setFile(f); reset(); }} />
      </ZodForm>

      <div role={outcome?.tone === "error" ? "alert" : "status"} className={`text-sm ${outcome?.tone === "error" ? "text-red-700" : "text-emerald-700"}`}>
        {outcome ? <p>{outcome.text}{outcome.importId ? <> <Link href="/candidates/imports" className="underline">See the imports</Link> · <Link href="/candidates" className="underline">See the candidates</Link></> : null}</p> : null}
      </div>

      {checked ? (
        <section aria-labelledby="preview-title" className="space-y-3">
          <h2 id="preview-title" className="font-semibold">Preview of {checked.input.fileName}</h2>
          <p className="text-sm text-slate-700">
            {checked.preview.importable} of {checked.preview.rows.length} rows can be imported; rows with problems are skipped.
            {checked.preview.ignoredColumns.length ? ` Ignored columns: ${checked.preview.ignoredColumns.join(", ")}.` : ""}
          </p>
          <ImportPreviewTable rows={checked.preview.rows} caption={`Rows of ${checked.input.fileName}`} />
          <Button type="button" onClick={runImport} disabled={pending || checked.preview.importable === 0}>
            {pending ? "Importing…" : `Import ${checked.preview.importable} candidate${checked.preview.importable === 1 ? "" : "s"}`}
          </Button>
        </section>
      ) : null}
    </div>
  );
}

/** The file input: read in the browser; its name and text travel in hidden fields, checked by the same schema. */
function FileField({ file, onFile }: { file?: { name: string; text: string }; onFile: (f: { name: string; text: string } | undefined) => void }) {
  const id = useId();
  const { fieldErrors, clearError } = useFormContext();
  const [tooBig, setTooBig] = useState<string>();
  const error = tooBig ?? fieldErrors.text ?? fieldErrors.fileName;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">CSV file<span aria-hidden="true" className="text-red-700"> *</span></label>
      <input id={id} type="file" accept=".csv,text/csv" aria-required aria-invalid={error ? true : undefined} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        className="mt-1 block max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
        onChange={async (e) => {
          clearError("text");
          clearError("fileName");
          const chosen = e.target.files?.[0];
          setTooBig(undefined);
          if (!chosen) return onFile(undefined);
          if (chosen.size > IMPORT_MAX_BYTES) {
            setTooBig(`${chosen.name} is larger than 1 MB: split it into smaller files.`);
            return onFile(undefined);
          }
          onFile({ name: chosen.name, text: await chosen.text() });
        }} />
      <input type="hidden" name="fileName" value={file?.name ?? ""} readOnly />
      <input type="hidden" name="text" value={file?.text ?? ""} readOnly />
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">UTF-8, comma-separated, with a header row; at most 1 MB and 2000 rows. <a href="/candidates/import/template.csv" className="underline" download>Download the template</a>.</p>
      {error ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
