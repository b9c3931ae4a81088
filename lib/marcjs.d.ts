/** The part of `marcjs` (which ships no types) that lib/marc.ts uses. */
declare module 'marcjs' {
  import type { Duplex } from 'node:stream';

  /** [tag, value] for control fields, [tag, indicators, code, value, code, value…] for data fields. */
  export type MarcField = string[];

  export class Record {
    leader: string;
    fields: MarcField[];
    append(...fields: MarcField[]): this;
  }

  export const Marc: {
    createStream(type: 'Iso2709' | 'Marcxml' | 'iso2709' | 'marcxml', what: 'Parser' | 'Formater'): Duplex;
    format(record: Record, type: 'iso2709' | 'marcxml' | 'text' | 'json'): string;
    parse(raw: string | Buffer, type: 'iso2709' | 'marcxml'): Record;
  };
}
