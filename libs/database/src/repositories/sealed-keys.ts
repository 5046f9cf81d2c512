import type { DataSource } from 'typeorm';

/**
 * Sealed values besides report narratives, with the associated-data id each was sealed under
 * (see NarrativeCipher): reporter/staff message bodies and staff TOTP secrets. `keys:rotate`
 * re-wraps their data keys under the current KEK like the narratives'.
 */
const SEALED_COLUMNS = [
  { table: 'report_messages', column: 'body_wrapped_key', aadId: (id: string) => id },
  { table: 'staff_users', column: 'totp_secret_wrapped_key', aadId: (id: string) => `staff-totp:${id}` },
] as const;

/** The KEK id is stored in the wrapped key itself: byte 0 is its length, then the id. */
const KEY_ID_SQL = (column: string) => `encode(substring(${column} from 2 for get_byte(${column}, 0)), 'escape')`;

/**
 * Re-wraps every sealed data key of the tables above that is not under `currentKeyId`, in
 * batches, each update conditional on the value read (no lost update). Returns counts per table.
 */
export async function rewrapSealedKeys(dataSource: DataSource, currentKeyId: string, rewrap: (aadId: string, wrappedKey: Buffer) => Buffer | null): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table, column, aadId } of SEALED_COLUMNS) {
    counts[table] = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Array<{ id: string; wrapped: Buffer }> = await dataSource.query(
        `SELECT id::text AS id, ${column} AS wrapped FROM ${table}
          WHERE ${column} IS NOT NULL AND ${KEY_ID_SQL(column)} <> $1 AND id > $2::uuid ORDER BY id LIMIT 500`,
        [currentKeyId, after],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        // null: the caller leaves this one as it is (keys:rotate never does; it throws on a key it lacks).
        const next = rewrap(aadId(row.id), row.wrapped);
        if (!next) continue;
        const [, affected]: [unknown, number] = await dataSource.query(`UPDATE ${table} SET ${column} = $3 WHERE id = $1::uuid AND ${column} = $2`, [row.id, row.wrapped, next]);
        counts[table] += affected;
      }
      after = rows[rows.length - 1].id;
    }
  }
  return counts;
}
