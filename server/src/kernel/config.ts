import path from 'node:path';
import { z } from 'zod';

/**
 * The one validated configuration object, read from the environment at start.
 * An invalid value stops start-up with a message naming the variable (see loadConfig).
 */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .refine((v) => /^(postgres|postgresql):\/\//.test(v) || v.startsWith('sqlite:'), {
      message: 'must start with postgres:// , postgresql:// or sqlite:',
    })
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PUBLIC_BASE_URL: z.url({ message: 'must be an absolute URL such as https://www.example.gov.cn' }).optional(),
  JIYUE_ADMIN_PASSWORD: z.string().min(1).optional(),
  JIYUE_DEMO: z.enum(['on', 'off']).default('on'),
  JIYUE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  JIYUE_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  JIYUE_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  JIYUE_COOKIE_SECURE: z.enum(['auto', 'on', 'off']).default('auto'),
  JIYUE_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  JIYUE_LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  JIYUE_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(20),
  JIYUE_REQUIRE_ADMIN_TOTP: z.enum(['on', 'off']).default('off'),
  JIYUE_JOBS: z.enum(['on', 'off']).default('on'),
  JIYUE_TRUST_PROXY: z.enum(['on', 'off']).default('off'),
  JIYUE_UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(2048).default(50),
});

export type ConfigInput = z.input<typeof configSchema>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string; poolSize: number };
  publicBaseUrl: string | undefined;
  adminPassword: string | undefined;
  isDemoEnabled: boolean;
  logLevel: string;
  session: { idleMinutes: number; maxHours: number; cookieSecure: 'auto' | 'on' | 'off' };
  login: { maxFailures: number; lockMinutes: number; ratePerMinute: number };
  isAdminTotpRequired: boolean;
  areJobsEnabled: boolean;
  isProxyTrusted: boolean;
  /** Largest accepted upload, in bytes. */
  uploadMaxBytes: number;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration; throws ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(configSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = configSchema.safeParse(known);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  const dataDir = path.resolve(c.DATA_DIR);
  let database: Config['database'];
  if (c.DATABASE_URL && !c.DATABASE_URL.startsWith('sqlite:')) {
    database = { dialect: 'postgres', url: c.DATABASE_URL, poolSize: c.DATABASE_POOL_SIZE };
  } else {
    const file = c.DATABASE_URL ? c.DATABASE_URL.slice('sqlite:'.length) : '';
    database = { dialect: 'sqlite', file: file ? path.resolve(file) : path.join(dataDir, 'jiyue.sqlite') };
  }
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir,
    database,
    publicBaseUrl: c.PUBLIC_BASE_URL?.replace(/\/+$/, ''),
    adminPassword: c.JIYUE_ADMIN_PASSWORD,
    isDemoEnabled: c.JIYUE_DEMO === 'on',
    logLevel: c.JIYUE_LOG_LEVEL,
    session: {
      idleMinutes: c.JIYUE_SESSION_IDLE_MINUTES,
      maxHours: c.JIYUE_SESSION_MAX_HOURS,
      cookieSecure: c.JIYUE_COOKIE_SECURE,
    },
    login: { maxFailures: c.JIYUE_LOGIN_MAX_FAILURES, lockMinutes: c.JIYUE_LOGIN_LOCK_MINUTES, ratePerMinute: c.JIYUE_LOGIN_RATE_PER_MINUTE },
    isAdminTotpRequired: c.JIYUE_REQUIRE_ADMIN_TOTP === 'on',
    areJobsEnabled: c.JIYUE_JOBS === 'on',
    isProxyTrusted: c.JIYUE_TRUST_PROXY === 'on',
    uploadMaxBytes: c.JIYUE_UPLOAD_MAX_MB * 1024 * 1024,
  };
}
