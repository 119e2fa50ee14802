// What the page's head and structured data say about an article once it is published: its
// address, dates, people and pictures with their credits. Built by export from the article,
// the repository's site address and the image records; read by jsonLd.ts and socialTags.ts.

export interface PublishedImage {
  /** Absolute address of the picture's largest JPEG rendition. */
  url: string;
  width: number;
  height: number;
  caption: string;
  alt: string;
  creditLine: string;
  creators: string[];
  copyrightNotice: string;
  /** The licence page (xmpRights:WebStatement). */
  license: string;
  /** Where to license the picture (plus:Licensor URL). */
  acquireLicensePage: string;
}

export interface PublishedArticle {
  /** The canonical absolute address of the page. */
  url: string;
  headline: string;
  lead: string;
  authors: string[];
  section: string;
  tags: string[];
  /** ISO dates. */
  datePublished: string;
  dateModified: string;
  images: PublishedImage[];
  language: string;
}

export interface RelatedLink {
  url: string;
  headline: string;
}
