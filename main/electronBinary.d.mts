export function electronBinary(): string | null;
export const NO_ELECTRON_REASON: string;
