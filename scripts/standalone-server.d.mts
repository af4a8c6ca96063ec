import type { ChildProcess, StdioOptions } from "node:child_process";

type Env = Record<string, string | undefined>;
export declare const STANDALONE_DIR: string;
export declare const SERVER_COMMAND: string[];
export declare function assembleStandalone(root?: string): string;
export declare function stageStandalone(destination: string, root?: string): string;
export declare function standaloneEnv(options: { port: number | string; hostname: string; env?: Env }): Env;
export declare function startStandalone(options: {
  port: number | string;
  hostname?: string;
  dir?: string;
  env?: Env;
  stdio?: StdioOptions;
  detached?: boolean;
}): ChildProcess;
export declare function serveStandalone(options: { port: number | string; hostname: string }): void;
