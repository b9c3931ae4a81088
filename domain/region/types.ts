export type RegionLevel = 'NATION' | 'PROVINCE' | 'CITY' | 'COUNTY';

export interface RegionRecord {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}
