import type { ChildProcess } from "node:child_process";
export declare function startServer(port: number): ChildProcess;
export declare function stopServer(server: ChildProcess): Promise<void>;
export declare function waitForServer(url: string, timeoutMs?: number): Promise<void>;
