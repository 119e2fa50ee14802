// Types of ./wordpress.mjs for the TypeScript tests and benches.
export const WP_ROOT: string;
export const ROLES: readonly string[];
export function baseDir(env?: NodeJS.ProcessEnv): string;
export function ensureSite(options?: { base?: string; runId?: string }): Promise<{ users: Record<string, { id: number; user: string; name: string; password: string }> }>;
export function freePort(): Promise<number>;
export function startServer(options?: { base?: string; port?: number; detached?: boolean }): Promise<{ url: string; port: number; pid: number | undefined; stop(): Promise<void> }>;
export function stopDatabase(options?: { base?: string }): Promise<void>;
export function stopDatabaseIfStartedBy(runId: string | undefined, options?: { base?: string }): Promise<void>;
