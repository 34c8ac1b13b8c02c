import { timestamp } from 'drizzle-orm/pg-core';

/** Columns many tables share; kept out of the schema index (they are not tables). */
export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};
