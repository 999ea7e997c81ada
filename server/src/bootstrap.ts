import crypto from 'node:crypto';
import { countUsers, createUser, systemActor } from './modules/accounts/index.js';
import { countSites } from './modules/sites/index.js';
import { modules } from './app.js';
import type { Ctx } from './kernel/index.js';

export interface BootstrapOutcome {
  /** Set only when the admin was created with a generated password, to be shown once. */
  generatedAdminPassword?: string;
  isAdminCreated: boolean;
  isDemoCreated: boolean;
  /**
   * Enters the demo content (library items), when the demo was created and the caller asked for
   * it in the background: the caller starts it once the server listens. Otherwise it already ran.
   */
  enterDemoContent: (() => Promise<void>) | null;
}

/** A password that meets the policy: 16 characters from four classes. */
export function generatePassword(): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!@#%+=?'];
  const all = sets.join('');
  const chars = sets.map((set) => set[crypto.randomInt(set.length)]!);
  while (chars.length < 16) chars.push(all[crypto.randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = crypto.randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

/**
 * First start: on an empty database, create the `admin` platform administrator (password from
 * JIYUE_ADMIN_PASSWORD, or a generated one returned to be printed once) and, unless JIYUE_DEMO=off,
 * the demo platform. Does nothing on a database that already has users or sites.
 */
export async function bootstrapPlatform(ctx: Ctx, options: { isContentInBackground?: boolean; isContentSkipped?: boolean } = {}): Promise<BootstrapOutcome> {
  const outcome: BootstrapOutcome = { isAdminCreated: false, isDemoCreated: false, enterDemoContent: null };
  if ((await countUsers(ctx)) === 0) {
    const password = ctx.config.adminPassword ?? generatePassword();
    await createUser(ctx, {
      actor: systemActor,
      username: 'admin',
      displayName: '平台管理员',
      password,
      roleKeys: ['platform_admin'],
      mustChangePassword: !ctx.config.adminPassword,
    });
    outcome.isAdminCreated = true;
    if (!ctx.config.adminPassword) outcome.generatedAdminPassword = password;
  }
  if (ctx.config.isDemoEnabled && (await countSites(ctx)) === 0) {
    for (const m of modules) await m.seedDemo?.(ctx);
    outcome.isDemoCreated = true;
    if (!options.isContentSkipped) {
      const enter = async () => {
        for (const m of modules) await m.seedDemoContent?.(ctx);
      };
      if (options.isContentInBackground) outcome.enterDemoContent = enter;
      else await enter();
    }
  }
  return outcome;
}
