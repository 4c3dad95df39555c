// MikroORM on PostgreSQL: one connection pool per instance, a forked EntityManager per request.
import { DataloaderType, MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { coreEntities } from '../entities.js';
import { migrationsList } from './migrations/index.js';
import { ROOT_DIR } from '../config.js';
import { join } from 'node:path';

// Where migration:create writes new files (the sources; the compiled list comes from migrationsList).
const MIGRATIONS_DIR = join(ROOT_DIR, 'server/src/db/migrations');

export interface OrmOptions {
  clientUrl: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  extraEntities?: Function[];
  readReplicaUrls?: string[];
  poolMax?: number;
  debug?: boolean;
}

export function ormOptions(o: OrmOptions): Options {
  return {
    clientUrl: o.clientUrl,
    entities: [...coreEntities, ...(o.extraEntities ?? [])],
    // Dashboards may read from replicas; writes and reads inside a transaction stay on the primary.
    replicas: (o.readReplicaUrls ?? []).map((url) => ({ name: url, clientUrl: url })),
    preferReadReplicas: false,
    dataloader: DataloaderType.ALL,
    pool: { min: 0, max: o.poolMax ?? 20 },
    // Fail fast when PostgreSQL is down or saturated: a quick retriable error beats a request hanging for a minute.
    driverOptions: { acquireConnectionTimeout: 5_000, connection: { connectionTimeoutMillis: 3_000 } },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList,
      transactional: true,
      silent: true,
      allOrNothing: true,
      snapshot: false,
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      emit: 'ts',
      fileName: (timestamp, name) => `Migration${timestamp}${name ? '_' + name.replace(/[^a-zA-Z0-9]/g, '') : ''}`,
    },
    debug: o.debug ?? false,
    schemaGenerator: { disableForeignKeys: false },
    discovery: { warnWhenNoEntities: false },
  };
}

export function openOrm(o: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormOptions(o));
}

/** Applies committed migrations; never a schema sync. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
