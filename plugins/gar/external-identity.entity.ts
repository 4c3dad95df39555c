import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../../server/src/plugin-api/index.js';

/** Attribute values as the portal sent them: GAR attributes may carry several values (DIV, PRO). */
export type ExternalAttributes = Record<string, string | string[]>;

/**
 * An account known to a school portal: the GAR's IDO, or an OpenID Connect `sub`. The pair (provider, subject)
 * is the account key; names and school are refreshed at each sign-in and go with the account when it is deleted.
 */
@Entity({ tableName: 'external_identities' })
@Unique({ properties: ['provider', 'subject'] })
@Index({ properties: ['user'] })
export class ExternalIdentity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  /** 'GAR', or 'OIDC:' followed by the provider's issuer URL. */
  @Property({ type: 'string', length: 300 })
  provider!: string;

  /** IDO for the GAR, `sub` for OpenID Connect (at most 255 characters by the specification). */
  @Property({ type: 'string', length: 255 })
  subject!: string;

  /** Last seen PRE/NOM/UAI/PRO/DIV, or given_name/family_name. */
  @Property({ type: 'json' })
  attributes!: ExternalAttributes;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastSignInAt?: Date | null;
}
