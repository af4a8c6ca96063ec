/** What a missing page says, with a way back. */
export function NotFoundMessage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <a href="/">Go to the overview</a> or <a href="/data">browse the data and API</a>.
      </p>
    </>
  );
}
