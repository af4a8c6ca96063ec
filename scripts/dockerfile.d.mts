export interface DockerStage {
  name: string;
  from: string;
  workdir: string;
  env: Record<string, string>;
  user: string;
  copies: { from: string | null; sources: string[]; destination: string }[];
  runs: string[];
  cmd: string[] | null;
  healthcheck: { options: Record<string, string>; cmd: string[] } | null;
}
export declare function parseDockerfile(text: string): DockerStage[];
export declare function runnerStage(text: string): DockerStage;
