"use client";
import { useEffect, useState } from "react";

/**
 * The controls are a GET form: without JavaScript this button reloads the page with the new URL.
 * Once hydrated every change applies at once, so the button goes away.
 */
export function NoScriptSubmit() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  if (hydrated) return null;
  return (
    <button type="submit" className="button">
      Update charts
    </button>
  );
}
