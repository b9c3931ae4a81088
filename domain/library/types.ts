/**
 * An industry's library (行业专题图书馆): what Hechuang holds about one industry and its
 * sub-industries, read together: its literature (documents, topics), the policies in force that
 * support it, its news, and the people, organisations and projects of the graph in it.
 */

/** How much each part of an industry's library holds (sub-industries included). */
export interface IndustryLibraryCounts {
  industryCode: string;
  documents: number;
  topics: number;
  /** Topics awaiting a librarian's industry review with the industry (or a sub-industry) among their candidates. */
  topicsInReview: number;
  policiesInForce: number;
  news: number;
  organizations: number;
  people: number;
  projects: number;
}

/** One value of a facet of the library's documents and how many documents have it. */
export interface FacetCount {
  value: string;
  count: number;
}

export interface TopicFacetCount {
  topicId: string;
  count: number;
}

/** The filters offered inside a library: its documents' years, journals and topics, most frequent first. */
export interface IndustryLibraryFacets {
  years: FacetCount[];
  journals: FacetCount[];
  topics: TopicFacetCount[];
}

/** Something new in a library, for its Atom feed. */
export interface LibraryFeedEntry {
  kind: 'Document' | 'Policy' | 'NewsItem';
  id: string;
  title: string;
  /** ISO date-time the entry is dated by (import, publication, crawl). */
  at: string;
  summary: string;
  url: string | null;
}
