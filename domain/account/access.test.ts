import { describe, expect, it } from 'vitest';
import { CLI_ACTOR, inLibraryScope, isStaff, requireRole, requireScope, type Viewer } from './access.js';

const librarian: Viewer = { id: 'l', role: 'LIBRARIAN', libraryId: 'haining-library' };
const reader: Viewer = { id: 'r', role: 'READER', libraryId: null };
const admin: Viewer = { id: 'a', role: 'ADMIN', libraryId: null };

describe('access rules', () => {
  it('requires a role or above: UNAUTHENTICATED for visitors, FORBIDDEN below', () => {
    expect(() => requireRole({ viewer: null }, 'READER')).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => requireRole({ viewer: reader }, 'LIBRARIAN')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(requireRole({ viewer: admin }, 'LIBRARIAN')).toBe(admin);
    expect([isStaff(null), isStaff(reader), isStaff(librarian), isStaff(admin)]).toEqual([false, false, true, true]);
  });

  it("lets librarians change their own library's records and unowned ones, admins everything, readers nothing", () => {
    expect(inLibraryScope(librarian, 'haining-library')).toBe(true);
    expect(inLibraryScope(librarian, null)).toBe(true);
    expect(inLibraryScope(librarian, 'jiashan-library')).toBe(false);
    expect(inLibraryScope(admin, 'jiashan-library')).toBe(true);
    expect(inLibraryScope(CLI_ACTOR, 'jiashan-library')).toBe(true);
    expect(inLibraryScope(reader, null)).toBe(false);
    expect(() => requireScope(librarian, { libraryId: 'jiashan-library' })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireScope(librarian, { libraryId: 'haining-library' })).not.toThrow();
  });
});
