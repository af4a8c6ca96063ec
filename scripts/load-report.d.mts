export type RouteClass = "api" | "page" | "image" | "static file";
/** Per route ("METHOD path"): how many answers carried each value of the counted header. */
export type HeaderCounts = Map<string, Map<string, number>>;
export interface RunFigures {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  unexpected: number;
  headerCounts: HeaderCounts;
}
export declare const ROUTE_CLASSES: RouteClass[];
export declare function routeClass(path: string): RouteClass;
export declare function countsByClass(headerCounts: HeaderCounts): Map<RouteClass | "all", Map<string, number>>;
export declare function hitRatio(counts: Map<string, number>): { fromCache: number; total: number; ratio: number | null };
export declare function comparisonTable(direct: RunFigures, cached: RunFigures, labels?: { directLabel?: string; cachedLabel?: string }): string;
