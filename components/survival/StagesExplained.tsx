/** How the stage words in the survival data relate to the stages patients hear (her2-data.md §3, §6). */
export function StagesExplained() {
  return (
    <section aria-labelledby="stages-heading">
      <h2 id="stages-heading">What “stage” means here</h2>
      <p>
        Doctors usually describe breast cancer with stages I to IV (the AJCC system). The five-year figures use a simpler registry
        system, SEER summary stage, with three groups:
      </p>
      <dl className="definitions">
        <dt>Localized</dt>
        <dd>Found only in the breast tissue; it has not spread to nearby lymph nodes or other parts of the body.</dd>
        <dt>Regional</dt>
        <dd>Spread beyond the breast tissue to nearby lymph nodes or organs.</dd>
        <dt>Distant</dt>
        <dd>Spread (metastasized) to distant parts of the body; sometimes called stage 4 or metastatic breast cancer.</dd>
        <dt>De novo stage IV</dt>
        <dd>Stage IV (metastatic) at the time of first diagnosis, rather than cancer that comes back later.</dd>
      </dl>
      <p>
        The two systems do not line up exactly: “regional” is not the same as stage II–III, and “distant” here counts only cancers that
        had already spread when first diagnosed — not cancers that spread later.
      </p>
    </section>
  );
}
