// How commands print: a human table, or JSON with --json.

export interface Output {
  json: boolean;
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function print(out: Output, value: unknown, human: () => string): void {
  const text = out.json ? JSON.stringify(value, null, 2) : human();
  if (text) process.stdout.write(`${text}\n`);
}
