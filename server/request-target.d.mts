import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
export declare function answerUnusualTarget(req: IncomingMessage, res: ServerResponse): boolean;
export declare function answerUnreadableRequest(error: Error & { code?: string }, socket: Duplex): void;
