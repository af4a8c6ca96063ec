"use client";
import { type ChangeEvent, lazy, Suspense, useId, useState } from "react";
import { toCsv } from "@/lib/csv/format";
import type { BatchResult } from "@/lib/her2/batch";
import { HER2_PARAMETERS } from "@/lib/her2/input";
import { workedExamples } from "./flow-data";

// The classifier and its results load on the first batch: the form itself is all a page load needs.
const BatchResults = lazy(() => import("./BatchResults").then((module) => ({ default: module.BatchResults })));

// One worked example per outcome, each with a case id, then a row with an impossible IHC score to show
// a per-row error. Built on click: the worked examples are not worth computing at page load.
const exampleCsv = () => {
  const cases = [...workedExamples().map(({ route }) => route.example), { ihc: "4+" }];
  return toCsv(
    cases.map((fields, i) => ({ case_id: `example-${i + 1}`, ...fields })),
    ["case_id", ...HER2_PARAMETERS],
  );
};

/**
 * The batch tool's form (BatchSection says what it does), loaded when its section opens. Many cases at once, for researchers: CSV text or a .csv file, classified in the browser with
 * `classifyCsv` (nothing is uploaded). A malformed row gets its own error; the others still count.
 */
export function BatchClassifier() {
  const id = useId();
  const [text, setText] = useState("");
  const [result, setResult] = useState<BatchResult | null>(null);
  const empty = text.trim() === "";

  const classify = async (csv: string) => {
    const { classifyCsv } = await import("@/lib/her2/batch");
    setResult(classifyCsv(csv));
  };
  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    setText(content);
    classify(content);
  };

  return (
    <>
      <div className="control batch-input">
        <label htmlFor={`${id}-csv`}>CSV text</label>
        <textarea id={`${id}-csv`} rows={8} spellCheck={false} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <div className="batch-actions">
        {/* Disabled until there is something to classify, and the hint beside it says so. */}
        <button type="button" className="button" onClick={() => classify(text)} disabled={empty} aria-describedby={empty ? `${id}-empty` : undefined}>
          Classify
        </button>
        {empty && (
          <span id={`${id}-empty`} className="muted">
            Paste CSV text, load the example or choose a file first.
          </span>
        )}
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            const csv = exampleCsv();
            setText(csv);
            classify(csv);
          }}
        >
          Load an example
        </button>
        <span className="batch-file">
          <label htmlFor={`${id}-file`}>Or choose a CSV file:</label> <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={chooseFile} />
        </span>
      </div>

      {result && (
        <Suspense fallback={null}>
          <BatchResults result={result} />
        </Suspense>
      )}
    </>
  );
}
