// The invigilator's live link to the API: a GraphQL subscription over WebSocket (graphql-ws) that pushes every
// change of a candidate, and the state of the connection itself, shown so that a silent table is never mistaken
// for a quiet room.
import { useEffect, useRef, useState } from 'react';
import type { TypedDocumentNode } from '@urql/core';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';

export type ConnectionState = 'connecting' | 'connected' | 'lost';

interface SupervisionOptions<Data, Variables extends Record<string, unknown>> {
  url: string;
  token: string;
  document: TypedDocumentNode<Data, Variables>;
  variables: Variables;
  onData: (data: Data) => void;
  /** After a lost connection: changes may have been missed meanwhile. */
  onReconnected: () => void;
}

const MAX_RETRY_WAIT_MS = 10_000;

export function useSubscription<Data, Variables extends Record<string, unknown>>(options: SupervisionOptions<Data, Variables>): ConnectionState {
  const [state, setState] = useState<ConnectionState>('connecting');
  // The latest callbacks, without reconnecting each time the page renders.
  const latest = useRef(options);
  useEffect(() => { latest.current = options; });
  const { url, token } = options;
  const query = print(options.document);
  const variables = JSON.stringify(options.variables);

  useEffect(() => {
    let wasLost = false;
    // A client being disposed (page left, or React mounting twice in development) reports nothing more.
    let disposed = false;
    const client = createClient({
      url,
      connectionParams: { authorization: `Bearer ${token}` },
      // A supervision lasts the whole session: never give up reconnecting.
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, MAX_RETRY_WAIT_MS) + Math.random() * 500)),
      keepAlive: 10_000,
      on: {
        connected: () => {
          if (disposed) return;
          setState('connected');
          if (wasLost) latest.current.onReconnected();
          wasLost = false;
        },
        closed: () => {
          if (disposed) return;
          wasLost = true;
          setState('lost');
        },
      },
    });
    const unsubscribe = client.subscribe<Data>(
      { query, variables: JSON.parse(variables) as Record<string, unknown> },
      {
        next: (message) => { if (message.data && !disposed) latest.current.onData(message.data as Data); },
        error: () => { if (!disposed) setState('lost'); },
        complete: () => {},
      },
    );
    return () => {
      disposed = true;
      unsubscribe();
      void client.dispose();
    };
  }, [url, token, query, variables]);

  return state;
}
