import { describe, expect, it } from 'vitest';
import { createRevisionLedger } from '../../../lib/store/revision-ledger';

describe('revision ledger', () => {
  it('bases a save queued behind our own save on the revision we stored', () => {
    const ledger = createRevisionLedger();
    ledger.stored('d', 3);
    ledger.stored('d', 4); // our save in flight landed
    expect(ledger.baseFor('d', 3)).toBe(4);
  });

  it("never bases our save on another tab's revision handed back as a conflict", () => {
    // Both tabs at revision 3; the other tab saved 4 first and our save of 3-based text was refused.
    const ledger = createRevisionLedger();
    ledger.stored('d', 3);
    ledger.seen('d', 4);
    // Text typed before the conflict and still queued must be refused again, not saved over theirs.
    expect(ledger.baseFor('d', 3)).toBe(3);
    // Text typed on their version is based on it.
    expect(ledger.baseFor('d', 4)).toBe(4);
  });

  it('treats a notice as news only when it is newer than any revision seen', () => {
    const ledger = createRevisionLedger();
    ledger.stored('d', 2);
    expect(ledger.isNews('d', 2)).toBe(false);
    expect(ledger.isNews('d', 3)).toBe(true);
    ledger.seen('d', 3); // the conflict already showed their revision 3
    expect(ledger.isNews('d', 3)).toBe(false);
    // Keeping our own version stores 4: its notice is no news to this tab.
    ledger.stored('d', 4);
    expect(ledger.isNews('d', 4)).toBe(false);
    // A notice without a revision (a re-keyed draft) changes no text.
    expect(ledger.isNews('d', undefined)).toBe(false);
    expect(ledger.isNews('other', 1)).toBe(true);
  });
});
