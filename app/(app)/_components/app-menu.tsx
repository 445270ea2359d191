"use client";

import { useState } from "react";
import { usePathname } from "next/navigation";
import { buttonClass } from "@/components/ui/button";

/**
 * The header's navigation and Sign out: one row on a wide screen; on a phone folded behind a Menu button, so the
 * header fits 320 px. On a wide screen the panel is `display: contents`, its children laid out by the header's row.
 */
export function AppMenu({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // Following a link in the menu closes it (the state is adjusted while rendering, not in an effect).
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  return (
    <>
      <button type="button" aria-expanded={open} aria-controls="app-menu" onClick={() => setOpen(!open)} className={`${buttonClass("secondary")} order-3 md:hidden`}>
        Menu
      </button>
      <div id="app-menu" className={`${open ? "flex" : "hidden"} order-last w-full flex-col gap-3 border-t border-slate-200 pt-3 md:contents`}>
        {children}
      </div>
    </>
  );
}
