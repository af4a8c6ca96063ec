import type { IncomingMessage } from "node:http";
export declare const ORIGINAL_METHOD_HEADER: string;
export declare function routeUnusualMethod(req: IncomingMessage): void;
