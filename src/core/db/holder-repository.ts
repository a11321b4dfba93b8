import type Database from 'better-sqlite3';
import { type Holder, holderSchema } from '../../domain/portfolio';

interface HolderRow {
  full_name: string;
  email: string;
  phone: string;
  address: string;
  member_numbers: string;
}

export function getHolder(db: Database.Database): Holder | null {
  const row = db.prepare('SELECT * FROM holder WHERE id = 1').get() as HolderRow | undefined;
  if (!row) return null;
  return holderSchema.parse({
    fullName: row.full_name,
    email: row.email,
    phone: row.phone,
    address: row.address,
    memberNumbers: JSON.parse(row.member_numbers),
  });
}

export function saveHolder(db: Database.Database, input: Holder): Holder {
  const holder = holderSchema.parse(input);
  db.prepare(
    `INSERT INTO holder (id, full_name, email, phone, address, member_numbers)
     VALUES (1, @fullName, @email, @phone, @address, @memberNumbers)
     ON CONFLICT (id) DO UPDATE SET full_name = excluded.full_name, email = excluded.email,
       phone = excluded.phone, address = excluded.address, member_numbers = excluded.member_numbers`,
  ).run({ ...holder, memberNumbers: JSON.stringify(holder.memberNumbers) });
  return holder;
}
