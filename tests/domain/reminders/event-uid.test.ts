import { describe, expect, it } from 'vitest';
import { deadlineEventUid } from '../../../src/domain/reminders/event-uid';

describe('calendar event ids', () => {
  it('are the same for the same deadline on every export, and differ between deadlines', () => {
    const first = deadlineEventUid('cred-1', 'cycle_end', '2027-03-31');
    expect(deadlineEventUid('cred-1', 'cycle_end', '2027-03-31')).toBe(first);
    expect(deadlineEventUid('cred-1', 'grace_end', '2027-03-31')).not.toBe(first);
    expect(deadlineEventUid('cred-2', 'cycle_end', '2027-03-31')).not.toBe(first);
    expect(first).toMatch(/^[A-Za-z0-9_-]+@ceu-portfolio$/);
  });
});
