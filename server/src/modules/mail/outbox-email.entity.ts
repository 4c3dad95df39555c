import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * E-mails are written here in the transaction that decides to send them, then delivered by a mail adapter;
 * nothing is lost if the mail server is down, and nothing is sent for a change that was rolled back.
 */
@Entity({ tableName: 'outbox_emails' })
@Index({ properties: ['sentAt', 'createdAt'] })
export class OutboxEmail {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 255 })
  to!: string;

  @Property({ type: 'string', length: 255 })
  subject!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;
}
