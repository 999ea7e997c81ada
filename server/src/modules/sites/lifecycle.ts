import type { SiteStatus } from './model.js';

/**
 * The site lifecycle (A2): applied → approved → online ⇄ offline / migrating → closed.
 *
 * Opening and closing a site are decisions of the platform's owner (政府办公厅), so they need
 * `sites.approve`; taking a running site offline for a while, migrating it or bringing it back is
 * the site owner's call and needs `sites.lifecycle` on that site. Leaving the normal running state
 * (offline, migrating, closed) must be explained: the reason goes into the history and the audit
 * log, where inspectors look for it. `closed` is terminal — a site that ever had content is never
 * deleted (its pages and records stay accountable), so there is no way back and no delete at all.
 */
export type TransitionPermission = 'sites.approve' | 'sites.lifecycle';

export interface TransitionRule {
  permission: TransitionPermission;
  isReasonRequired: boolean;
}

const approve = (isReasonRequired = false): TransitionRule => ({ permission: 'sites.approve', isReasonRequired });
const lifecycle = (isReasonRequired = false): TransitionRule => ({ permission: 'sites.lifecycle', isReasonRequired });

export const siteTransitions: Record<SiteStatus, Partial<Record<SiteStatus, TransitionRule>>> = {
  applied: { approved: approve(), closed: approve(true) },
  approved: { online: lifecycle(), closed: approve(true) },
  online: { offline: lifecycle(true), migrating: lifecycle(true), closed: approve(true) },
  offline: { online: lifecycle(), migrating: lifecycle(true), closed: approve(true) },
  migrating: { online: lifecycle(), offline: lifecycle(true), closed: approve(true) },
  closed: {},
};

/** The rule for `from → to`, or undefined when the transition is not allowed. */
export function transitionRule(from: SiteStatus, to: SiteStatus): TransitionRule | undefined {
  return siteTransitions[from][to];
}

/** Statuses reachable from `from` in one step. */
export function nextStatuses(from: SiteStatus): SiteStatus[] {
  return Object.keys(siteTransitions[from]) as SiteStatus[];
}

/** Statuses in which the public can reach the site (approved: a preview before going live). */
export function isServedPublicly(status: SiteStatus): boolean {
  return status === 'online' || status === 'approved';
}

/** Statuses in which the site must carry its full legal identity (it is, or may be, public). */
export function requiresFullIdentity(status: SiteStatus): boolean {
  return status === 'online';
}
