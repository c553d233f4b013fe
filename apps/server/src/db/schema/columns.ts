import { customType, timestamp } from 'drizzle-orm/pg-core';

/** Case-insensitive text (citext extension), for usernames and codes people type. */
export const citext = customType<{ data: string }>({
  dataType: () => 'citext',
});

/** `timestamptz`, stored in UTC, read as a JS Date. */
export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
