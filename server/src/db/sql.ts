// Small helpers for the few hand-written statements (aggregates the ORM would run per row).

/** A Postgres array literal for `= any(?::int[])`: knex would otherwise expand a JS array into a list. */
export function intArray(ids: readonly number[]): string {
  return `{${ids.map((id) => Math.trunc(Number(id))).join(',')}}`;
}

/** Runs a hand-written statement and types its rows. */
export async function selectRows<T>(em: { getConnection(): { execute(sql: string, params?: unknown[]): Promise<unknown> } }, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await em.getConnection().execute(sql, params)) as T[];
}
