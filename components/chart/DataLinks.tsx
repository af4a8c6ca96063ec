/** Download links for the rows behind a view: the API's own query, as CSV and as JSON. */
export function DataLinks({ apiPath }: { apiPath: string }) {
  const separator = apiPath.includes("?") ? "&" : "?";
  return (
    <span>
      Data:{" "}
      <a href={`${apiPath}${separator}format=csv`} download>
        CSV
      </a>{" "}
      ·{" "}
      <a href={apiPath} download={`${downloadName(apiPath)}.json`}>
        JSON
      </a>
    </span>
  );
}

/** "survival" from "/api/survival?…": the API names its CSV after the dataset, so the JSON file matches. */
function downloadName(apiPath: string): string {
  return apiPath.split("?")[0]?.split("/").pop() ?? "data";
}
