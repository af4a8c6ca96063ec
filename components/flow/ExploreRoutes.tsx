import type { CaseFields } from "@/lib/her2/case-draft";
import { describeFields } from "@/lib/her2/case-words";
import type { OutcomeRoute } from "@/lib/her2/explore";

/** The routes into one outcome: the conditions met on the way, and a case to try. */
export function ExploreRoutes({ routes, onTry }: { routes: readonly OutcomeRoute[]; onTry: (fields: CaseFields) => void }) {
  return (
    <>
      <p className="explore-count">
        {routes.length === 1 ? "One route through the algorithm ends here." : `${routes.length} routes through the algorithm end here.`}
      </p>
      <ol className="explore-routes">
        {routes.map((route) => (
          <li key={route.path.join(">")}>
            <span className="explore-conditions">{route.conditions.join(" → ")}</span>
            <span className="explore-example">
              For example: {describeFields(route.example)}.{" "}
              <button type="button" className="link-button" onClick={() => onTry(route.example)}>
                Try this case<span className="sr-only">: {describeFields(route.example)}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
