import type { Metadata } from "next";
import { pageMetadata } from "@/app/page-metadata";
import { fieldTerms } from "@/components/data/field-terms";
import { RouteList, routeEntries } from "@/components/data/RouteList";
import { TermList } from "@/components/data/TermList";
import { glossFirstUses } from "@/components/glossary/GlossedText";
import { CodeList } from "@/components/layout/CommaList";
import { DataTable, type TableColumn } from "@/components/layout/DataTable";
import { Disclosure } from "@/components/layout/Disclosure";
import { ScrollRegion } from "@/components/layout/ScrollRegion";
import { apiIndex } from "@/lib/api/catalog";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { fieldDefinitions } from "@/lib/api/field-definitions";
import { API_ROUTES } from "@/lib/api/routes";
import { formatCount } from "@/lib/format";
import { publicOrigin } from "@/lib/site-origin";

export const metadata: Metadata = pageMetadata("/data");

type Filter = ReturnType<typeof apiIndex>["datasets"][number]["filters"][number];

const FILTER_COLUMNS: readonly TableColumn<Filter>[] = [
  { header: "Filter", cell: (filter) => <code>{filter.name}</code> },
  { header: "Allowed values", cell: (filter) => <CodeList values={filter.allowed} /> },
  { header: "Meaning", cell: (filter) => filter.description },
];

/** Each dataset's download links first; its filters, fields and the sources follow in disclosures. */
export default function DataPage() {
  const index = apiIndex(API_ROUTES);
  // Examples a reader can paste as they are: the public origin, read when the page is built (it is static).
  const origin = publicOrigin();
  // The datasets' descriptions, their fields and the other routes are where this page first names these terms.
  const gloss = glossFirstUses([
    "subtype",
    "er",
    "pr",
    "intrinsic-subtype",
    "incidence-rate",
    "confidence-interval",
    "her2-positive",
    "her2-negative",
    "her2-low",
    "cause-specific-survival",
    "de-novo-stage-iv",
    "relative-survival",
    "seer-summary-stage",
    "seer",
    "her2-targeted",
    "indication",
    "pivotal-trial",
    "kaplan-meier",
    "metastatic",
    "early-breast-cancer",
    "hormone-receptor",
    "neoadjuvant",
    "stage-i-iv",
    "median",
    "hazard-ratio",
    "log-rank-test",
    "endocrine-therapy",
    "asco-cap",
    "ish-group",
    "blinded-recount",
    "ihc",
    "ish",
    "amplification",
    "her2-ultralow",
    "her2-null",
    "cep17",
  ]);
  return (
    <>
      <h1>Data &amp; API</h1>
      <p className="lede">
        Every figure in HER2 Atlas is served by a public, read-only API as JSON or CSV, with the citation it comes from; the few the pages add up themselves (a
        share summed from two of its rows) say so beside them. Data release {index.version}.
      </p>
      <div className="notice">
        <p>
          Filters take one value or a comma-separated list; leave one out for all values. A malformed query is answered with HTTP 400 and a JSON error naming
          the parameter and the allowed values. The full description is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).
        </p>
      </div>
      {index.datasets.map((dataset) => (
        <section key={dataset.dataset} aria-labelledby={`dataset-${dataset.dataset}`}>
          <h2 id={`dataset-${dataset.dataset}`}>{dataset.dataset}</h2>
          <p>{gloss(dataset.description)}</p>
          <p>
            Download: <a href={dataset.path}>JSON</a> · <a href={`${dataset.path}?format=csv`}>CSV</a> ({dataset.rows} rows)
          </p>
          <Disclosure
            title={`Filters and fields of ${dataset.dataset}`}
            hint={`${formatCount(dataset.filters.length, "filter")}, ${formatCount(dataset.fields.length, "field")}`}
          >
            <h3>Filters</h3>
            <ScrollRegion label={`Filters of ${dataset.path}`}>
              <DataTable caption={`Filters of ${dataset.path}`} columns={FILTER_COLUMNS} rows={dataset.filters} rowKey={(filter) => filter.name} />
            </ScrollRegion>
            <h3>Fields of each row</h3>
            <TermList items={fieldTerms(fieldDefinitions(ENDPOINTS[dataset.dataset].rowSchema), gloss)} />
          </Disclosure>
        </section>
      ))}
      <section aria-labelledby="examples-heading">
        <h2 id="examples-heading">Examples</h2>
        <pre className="card code-block">
          <code>{`curl '${origin}/api/survival?subtype=hr-neg-her2-pos,hr-neg-her2-neg&measure=four-year-cause-specific'
curl '${origin}/api/prevalence?by=race&subtype=hr-pos-her2-pos'
curl -OJ '${origin}/api/survival?stage=distant&format=csv'`}</code>
        </pre>
      </section>
      <section aria-labelledby="routes-heading">
        <h2 id="routes-heading">Other routes</h2>
        <p>Answers computed per request (a HER2 result, a trial's curve, a PREDICT estimate), chart images and embeds, and this API's own description.</p>
        <RouteList routes={routeEntries(index.routes, gloss)} />
      </section>
      <section aria-labelledby="sources-heading">
        <Disclosure
          id="sources"
          as="h2"
          titleId="sources-heading"
          title="Sources"
          hint={`${index.sources.length} sources, each with its id`}
          className="section page-sources"
        >
          <ol>
            {index.sources.map((source) => (
              <li key={source.id} id={`source-${source.id}`}>
                <code>{source.id}</code>: {source.url ? <a href={source.url}>{source.citation}</a> : source.citation}
                {source.note && <span className="muted"> {source.note}</span>}
              </li>
            ))}
          </ol>
        </Disclosure>
      </section>
    </>
  );
}
