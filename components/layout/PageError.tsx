"use client";

/** Shown when a page fails to render: a plain message and a way forward, never a stack trace. */
export function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. The data itself is unaffected; please try again.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{" "}
        <a href="/">Go to the overview</a>
      </p>
    </div>
  );
}
