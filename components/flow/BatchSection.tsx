import { HER2_PARAMETERS } from "@/lib/her2/input";
import { BatchOnOpen } from "./BatchOnOpen";

/** The batch tool: what it does is server HTML; its form is loaded when the reader opens the section. */
export function BatchSection() {
  return (
    <section className="batch" aria-labelledby="batch-heading">
      <h2 id="batch-heading">Batch: classify many cases at once</h2>
      <p>
        For researchers. Paste CSV text or choose a .csv file with a header row naming the columns as the API parameters (any of{" "}
        <code>{HER2_PARAMETERS.join(",")}</code>), one case per row; a blank cell means &ldquo;not given&rdquo;. Classification runs in your browser: nothing is
        uploaded.
      </p>
      <p>
        An <code>id</code> or <code>case_id</code> column, if there is one, comes back first on every result row. IHC scores may be written as reports write
        them: <code>2</code>, <code>2+</code>, <code>IHC 2+</code> or <code>IHC2+</code>.
      </p>
      <noscript>
        <p className="notice">Batch classification runs in your browser and needs JavaScript.</p>
      </noscript>
      <BatchOnOpen />
    </section>
  );
}
