// Writing to the outbox, and delivering it through an adapter (in development: printed in the log).
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxEmail } from './outbox-email.entity.js';

export interface MailAdapter { send(email: { to: string; subject: string; text: string }): Promise<void> }

export const logMailAdapter = (log: (m: string) => void): MailAdapter => ({
  async send(email) {
    log(`\n✉  À : ${email.to}\n   Objet : ${email.subject}\n${email.text.split('\n').map((l) => `   ${l}`).join('\n')}\n`);
  },
});

export function queueEmail(em: EntityManager, email: { to: string; subject: string; text: string }, now: Date): OutboxEmail {
  return em.create(OutboxEmail, { ...email, createdAt: now });
}

/** Sends what is waiting, oldest first; rows are locked so two instances never send the same e-mail. */
export async function deliverOutbox(em: EntityManager, adapter: MailAdapter, now: () => Date, batch = 20): Promise<number> {
  return em.transactional(async (tx) => {
    const pending = await tx.find(OutboxEmail, { sentAt: null }, { orderBy: { createdAt: 'asc' }, limit: batch, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE /* skip rows another instance is sending */ });
    for (const email of pending) {
      await adapter.send(email);
      email.sentAt = now();
    }
    await tx.flush();
    return pending.length;
  });
}
