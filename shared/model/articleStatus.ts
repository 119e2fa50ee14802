// An article's place in the desk's workflow, in order. Its own module, free of the schemas, so
// that the command line's usage text can name the statuses without loading zod.
export const ARTICLE_STATUSES = ['draft', 'ready', 'approved', 'exported'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
