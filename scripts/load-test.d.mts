export interface LoadRoute {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
  expected: number;
}
export declare const CONNECTIONS: number;
export declare const TIMEOUT_MS: number;
export declare const ROUTES: LoadRoute[];
export declare function routeName(route: Pick<LoadRoute, "method" | "path">): string;
