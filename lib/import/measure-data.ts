// A measure as every format hands it to writeMeasure: ids resolved, dates as "YYYY-MM-DD".
import type {
  DatePrecision,
  MeasureType,
  RelationType,
  SourceKind,
  SponsorshipKind,
  TargetVerb,
} from '@/lib/generated/prisma/enums';

export type ActionData = {
  date: string;
  datePrecision?: DatePrecision;
  text: string;
  sourceCode?: string | null;
  sourceSystem?: string | null;
  actingBodyId: number | null;
  relatedBodyId: number | null;
  /** Given by the source's own mapping (a Legistar council's action names); else read from the text. */
  classification?: string[];
};

export type SponsorData = {
  personId: number | null;
  nameAsGiven: string;
  kind: SponsorshipKind;
  isOriginal: boolean;
  sponsoredOn?: string | null;
  withdrawnOn?: string | null;
};

export type TargetData = {
  verb: TargetVerb;
  bodyId: number | null;
  personId: number | null;
  entityName: string | null;
  roleAsWritten: string | null;
};

export type RelationData = {
  type: RelationType;
  targetIdentifier: string;
  targetJurisdictionText: string;
  evidenceQuote?: string | null;
  /** The target's jurisdiction and session when the file says them exactly (Bill Status); else the text decides. */
  exactly?: { jurisdictionId: number; sessionIdentifier: string | null };
};

export type SourceData = { url: string | null; title: string; publisher: string; kind: SourceKind };

export type MeasureData = {
  jurisdiction: { id: number; slug: string; name: string };
  session: { id: number; identifier: string; name: string } | null;
  originBodyId: number;
  identifier: string | null;
  type: MeasureType;
  title: string;
  summary: string | null;
  textUrl: string | null;
  subjects: string[];
  introducedOn: string | null;
  actions: ActionData[];
  sponsors: SponsorData[];
  targets: TargetData[];
  relations: RelationData[];
  /** The file lists every relation of its record: relations an earlier import made and it no longer lists go. */
  relationsComplete?: boolean;
  source: SourceData;
  /** The laws the record names for the measure itself ("Public Law 117-169"); absent when the format has none. */
  laws?: string[];
  /** The record's own update time (ISO 8601), when the format gives one: an older file never overwrites a newer. */
  recordUpdatedAt?: string | null;
};
