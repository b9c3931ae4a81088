export interface Actor {
  id: string;
  role: string;
  libraryId: string | null;
}

export interface AuditInput {
  actor: Actor;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditRecord {
  id: string;
  at: string;
  actor: string;
  actorRole: string;
  actorLibraryId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
}
