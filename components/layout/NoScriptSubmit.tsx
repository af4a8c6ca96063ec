"use client";
import { useHydrated } from "./useHydrated";

/**
 * The controls are a GET form: without JavaScript this button reloads the page with the new URL.
 * Once hydrated every change applies at once, so the button goes away.
 */
export function NoScriptSubmit({ label = "Update charts" }: { label?: string }) {
  if (useHydrated()) return null;
  return (
    <button type="submit" className="button">
      {label}
    </button>
  );
}
