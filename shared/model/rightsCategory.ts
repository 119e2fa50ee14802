// A picture's rights category (IPTC's terms of use, in the newsroom's words). Its own module,
// free of the schemas, so that the command line's usage text can name them without loading zod.
export const RIGHTS_CATEGORIES = ['staff', 'agency', 'handout', 'pr', 'social-media', 'creative-commons', 'pool', 'other'] as const;
export type RightsCategory = (typeof RIGHTS_CATEGORIES)[number];
