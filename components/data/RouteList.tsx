import type { ReactNode } from "react";
import { CodeList } from "@/components/layout/CommaList";
import { Disclosure } from "@/components/layout/Disclosure";
import type { ExtraRoute, RouteParameter } from "@/lib/api/catalog";
import { formatCount } from "@/lib/format";
import { type TermItem, TermList } from "./TermList";

export interface RouteEntry {
  path: string;
  example: string;
  summary: ReactNode;
  parameters: TermItem[];
}

function parameterKind(parameter: RouteParameter): string {
  const where = parameter.in === "path" ? "in the path" : parameter.required ? "required" : "optional";
  return parameter.list ? `${where}, comma-separated list` : where;
}

/** Routes with their texts passed through the page's `gloss`, in the order the page shows them. */
export function routeEntries(
  routes: readonly Pick<ExtraRoute, "path" | "summary" | "example" | "parameters">[],
  gloss: (text: string) => ReactNode,
): RouteEntry[] {
  return routes.map((route) => ({
    path: route.path,
    example: route.example,
    summary: gloss(route.summary),
    parameters: route.parameters.map((parameter) => ({
      name: parameter.name,
      kind: parameterKind(parameter),
      definition: (
        <>
          {gloss(parameter.description)}
          {parameter.allowed && (
            <>
              {" "}
              Allowed: <CodeList values={parameter.allowed} />.
            </>
          )}
        </>
      ),
    })),
  }));
}

/** The API's routes beyond the datasets: what each answers, an example to open, and its parameters. */
export function RouteList({ routes }: { routes: readonly RouteEntry[] }) {
  return routes.map((route) => (
    <section key={route.path} aria-label={route.path}>
      <h3>
        <code>{route.path}</code>
      </h3>
      <p>{route.summary}</p>
      <p>
        Example: <a href={route.example}>{route.example}</a>
      </p>
      {route.parameters.length > 0 && (
        <Disclosure title={`Parameters of ${route.path}`} hint={formatCount(route.parameters.length, "parameter")}>
          <TermList items={route.parameters} />
        </Disclosure>
      )}
    </section>
  ));
}
