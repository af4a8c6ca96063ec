import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
export declare function isQueryView(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): boolean;
export declare function answerQueryView(renderer: string, req: IncomingMessage, res: ServerResponse): Promise<void>;
