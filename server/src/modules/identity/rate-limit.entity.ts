import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Failed attempts per key (client, account, session…), shared by every instance. */
@Entity({ tableName: 'rate_limits' })
export class RateLimit {
  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  @Property({ type: 'integer' })
  failures!: number;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
