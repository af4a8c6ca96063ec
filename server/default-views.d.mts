import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
export declare const PER_MESSAGE_HEADERS: Set<string>;
export declare function isPageLoad(method: string | undefined, headers: IncomingHttpHeaders): boolean;
export interface StoredView {
  headers: [string, string][];
  etag: string;
  body: Buffer;
  gzipped: Buffer;
}
export declare function storedView(status: number, headers: Headers, body: Buffer): StoredView | null;
export declare function matchView(
  views: Map<string, StoredView>,
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
): StoredView | null;
export declare function sendView(view: StoredView, req: IncomingMessage, res: ServerResponse): void;
export declare function renderViews(baseUrl: string, paths: string[], views: Map<string, StoredView>): Promise<string[]>;
