// The statuses a publish asks WordPress for, in a module without schemas so that `ktav --help`
// names them without loading zod.
export const PUBLISH_STATUSES = ['draft', 'publish', 'future'] as const;
export type PublishStatus = (typeof PUBLISH_STATUSES)[number];
