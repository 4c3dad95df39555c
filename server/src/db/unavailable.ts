// Recognises "the database cannot be reached right now" (restart, failover, network, exhausted pool), so that
// callers get a retriable DATABASE_UNAVAILABLE instead of an internal error.

// Node socket errors, and PostgreSQL's admin/crash shutdown, "starting up" and "too many connections".
const CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);
const MESSAGES = /Connection terminated|Timeout acquiring a connection|Connection ended unexpectedly|Client has encountered a connection error|not queryable|Client was closed|timeout expired|socket has been ended|connection is closed|the database system is (starting up|shutting down|in recovery mode)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  // Drivers and the ORM wrap the socket error: walk the causes a few levels down.
  let current = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    // SQLSTATE class 08: connection exceptions.
    if (typeof code === 'string' && (CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    if (current instanceof Error && MESSAGES.test(current.message)) return true;
    current = (current as { cause?: unknown }).cause ?? (current as { previous?: unknown }).previous;
  }
  return false;
}

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
export const DATABASE_UNAVAILABLE_MESSAGE = 'Le service est momentanément indisponible. Réessayez dans quelques secondes : rien de ce qui a été confirmé n’est perdu.';
