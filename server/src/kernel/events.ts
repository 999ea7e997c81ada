import type { Logger } from 'pino';

/** A fact that happened, named `<module>.<noun>.<verb>` (e.g. `sites.site.created`). */
export interface DomainEvent<P = unknown> {
  type: string;
  payload: P;
}

type Handler = (event: DomainEvent) => Promise<void> | void;

/**
 * In-process event bus. Events emitted inside a transaction are delivered only after it commits
 * (see context.ts); a rolled-back transaction delivers nothing. A failing subscriber is logged and
 * does not affect the others or the emitter. Work that must survive a crash belongs in a job, which
 * a subscriber can enqueue.
 */
export class EventBus {
  private readonly handlers = new Map<string, Handler[]>();
  constructor(private readonly logger: Pick<Logger, 'error'>) {}

  subscribe<P>(type: string, handler: (event: DomainEvent<P>) => Promise<void> | void): () => void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as Handler);
    this.handlers.set(type, list);
    return () => {
      const current = this.handlers.get(type) ?? [];
      this.handlers.set(
        type,
        current.filter((h) => h !== handler),
      );
    };
  }

  async dispatch(events: DomainEvent[]): Promise<void> {
    for (const event of events) {
      for (const handler of [...(this.handlers.get(event.type) ?? []), ...(this.handlers.get('*') ?? [])]) {
        try {
          await handler(event);
        } catch (error) {
          this.logger.error({ err: error, event: event.type }, 'event subscriber failed');
        }
      }
    }
  }
}
