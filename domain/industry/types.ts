export interface IndustryClassification {
  code: string;
  name: string;
}

export interface OfficialDocumentRecord {
  title: string;
  issuer: string;
  year: number;
  documentNumber: string | null;
  url: string | null;
}

export interface IndustryRecord {
  code: string;
  name: string;
  description: string;
  keywords: string[];
  tier: string;
  confidence: string;
  parentCode: string | null;
  classifications: IndustryClassification[];
  source: OfficialDocumentRecord;
}

export interface IndustryInput extends IndustryRecord {
  regionCodes: string[];
}
