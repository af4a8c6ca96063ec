import type { ServerResponse } from "node:http";
export declare function keepErrorsPrivate(res: ServerResponse): void;
