import { describe, expect, it } from 'vitest';
import { holderSchema } from '../../src/domain/portfolio';

describe("the holder's e-mail address", () => {
  it.each(['', 'maria.nguyen@example.org', 'jo+ceu@mail.example.co.uk'])('accepts %j', (email) => {
    expect(holderSchema.safeParse({ fullName: 'Jo Park', email }).success).toBe(true);
  });
  it.each(['x@example', 'x@', '@example.com', 'x y@example.com', 'x@example.c'])(
    'refuses %j, saying what to enter',
    (email) => {
      const result = holderSchema.safeParse({ fullName: 'Jo Park', email });
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.message).toBe(
        'Enter a full e-mail address, like name@example.com, or leave it empty.',
      );
    },
  );
});
