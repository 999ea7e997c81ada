import type { FastifyRequest } from 'fastify';
import { Unauthenticated } from '../../kernel/index.js';

/**
 * Who is acting. Every use case takes one explicitly (no ambient identity, no bypass by default).
 * `system` is the operator at the server's command line and first-start bootstrap: it may do
 * anything and is recorded as such in the audit log.
 */
export interface Actor {
  kind: 'user' | 'system';
  userId: number | null;
  username: string;
  displayName: string;
  /** Client address and request id, for the audit log. */
  ip?: string;
  requestId?: string;
  sessionId?: string;
}

export const systemActor: Actor = Object.freeze({ kind: 'system', userId: null, username: 'system', displayName: '系统（命令行）' });

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the accounts session hook when a valid session cookie came with the request. */
    actor: Actor | null;
  }
}

/** The signed-in actor of a request; throws UNAUTHENTICATED (401) when there is none. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw Unauthenticated();
  return request.actor;
}

/** The actor of a request, or null for an anonymous citizen. */
export function actorFrom(request: FastifyRequest): Actor | null {
  return request.actor;
}
