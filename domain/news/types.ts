export interface NewsDraft {
  guid: string;
  url: string;
  title: string;
  summary: string;
  text: string;
  html: string;
  publishedAt: string | null;
  author: string | null;
}

export interface NewsSaveInput {
  id: string;
  draft: NewsDraft;
  contentHash: string;
  sourceId: string;
  regionCode: string;
  level: string;
  industryCodes: string[];
  /** Ids of Organization, Person and Project nodes named in the item. */
  mentionIds: string[];
}

/** A stored news item: the fields of its draft plus identity, revision and provenance. */
export interface NewsRecord extends NewsDraft {
  id: string;
  contentHash: string;
  revision: number;
  level: string;
  regionCode: string;
  sourceId: string;
  firstSeenAt: string;
}

export interface NewsFilter {
  industryCode?: string | null;
  regionCode?: string | null;
  level?: string | null;
  sourceId?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface MentionRecord {
  id: string;
  label: 'Organization' | 'Person' | 'Project' | 'Policy';
  name: string;
}
