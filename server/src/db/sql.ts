// Small helpers for the few hand-written statements (aggregates the ORM would run per row).

/** A Postgres array literal for `= any(?::int[])`: knex would otherwise expand a JS array into a list. */
export function intArray(ids: readonly number[]): string {
  return `{${ids.map((id) => Math.trunc(Number(id))).join(',')}}`;
}

/** A Postgres text[] literal for `= any(?::text[])`. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** Runs a hand-written statement, inside the EntityManager's transaction when it has one, and types its rows. */
export async function selectRows<T>(em: { execute(sql: string, params?: unknown[]): Promise<unknown> }, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await em.execute(sql, params)) as T[];
}
