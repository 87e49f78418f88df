/** What a CLI invocation may touch: its output streams, environment and platform (tests pass their own). */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Path of the built core bundle to fork. */
  corePath?: string;
}
