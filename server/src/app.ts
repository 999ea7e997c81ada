import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountsModule } from './modules/accounts/index.js';
import { libraryModule } from './modules/library/index.js';
import { publishingModule } from './modules/publishing/index.js';
import { syndicationModule } from './modules/syndication/index.js';
import { workflowModule } from './modules/workflow/index.js';
import { sitesModule } from './modules/sites/index.js';
import { installErrorHandling } from './kernel/http/errors.js';
import { installMetrics } from './kernel/http/metrics.js';
import { kernelJobs } from './kernel/migrations/2026112200_kernel_jobs.js';
import { createJobQueue } from './kernel/jobs/create.js';
import {
  createContext,
  createLogger,
  EventBus,
  migrateToLatest,
  openDatabase,
  type Config,
  type Ctx,
  type Database,
  type JiyueModule,
  type Logger,
  type ModuleMigration,
} from './kernel/index.js';

/** Modules in dependency order (DESIGN §4): accounts ← sites ← library ← … */
export const modules: JiyueModule[] = [accountsModule, sitesModule, libraryModule, workflowModule, syndicationModule, publishingModule];

export function allMigrations(): ModuleMigration[] {
  return [kernelJobs, ...modules.flatMap((m) => m.migrations)].sort((a, b) => a.name.localeCompare(b.name));
}

export interface Platform {
  ctx: Ctx;
  database: Database;
  close(): Promise<void>;
}

/**
 * Opens the database, runs every module's migrations and wires jobs and events: what the server,
 * the CLI and the tests all start from.
 */
export async function openPlatform(config: Config, options: { logger?: Logger } = {}): Promise<Platform> {
  const logger = options.logger ?? createLogger(config.logLevel);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase(config);
  try {
    const { applied } = await migrateToLatest(database.db, database.dialect, allMigrations());
    if (applied.length) logger.info({ applied }, 'migrations applied');
    const events = new EventBus(logger);
    const jobs = await createJobQueue(config, database, logger);
    const ctx = createContext({ db: database.db, dialect: database.dialect, config, logger, events, jobs });
    for (const m of modules) m.wire?.(ctx);
    return {
      ctx,
      database,
      async close() {
        await jobs.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

const adminDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../admin/dist');

/** Builds the HTTP app on an open platform. Routes call the same use cases as the CLI. */
export async function buildApp(platform: Platform): Promise<FastifyInstance> {
  const { ctx } = platform;
  const app = Fastify({
    loggerInstance: ctx.logger as FastifyBaseLogger,
    trustProxy: ctx.config.isProxyTrusted,
    bodyLimit: 2 * 1024 * 1024,
    return503OnClosing: true,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{8,64}$/.test(given) ? given : crypto.randomUUID();
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
  });
  installErrorHandling(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Jiyue (集约) API', version: '0.1.0', description: '集约化政府网站平台 API。Errors answer {error:{code,message,details}}.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'jiyue_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(cookie);
  // Uploads stop at the configured size while streaming: an oversized file is refused before storage.
  await app.register(multipart, { limits: { fileSize: ctx.config.uploadMaxBytes, files: 1, fields: 10 } });
  installMetrics(app);

  app.withTypeProvider<ZodTypeProvider>().get(
    '/healthz',
    {
      schema: {
        tags: ['platform'],
        summary: '健康检查',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), jobs: z.string() }),
          503: z.object({ status: z.literal('unavailable'), database: z.enum(['sqlite', 'postgres']), jobs: z.string() }),
        },
      },
    },
    async (_request, reply) => {
      const isUp = await platform.database.ping();
      const body = { database: platform.database.dialect, jobs: ctx.jobs.kind };
      return isUp ? reply.send({ status: 'ok' as const, ...body }) : reply.status(503).send({ status: 'unavailable' as const, ...body });
    },
  );
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  for (const m of modules) await m.routes?.(app, ctx);

  if (fs.existsSync(path.join(adminDist, 'index.html'))) {
    // Files are looked up per request (a rebuilt console is served without a restart); any other
    // path under /admin/ is a client-side route of the console and answers with its index page.
    await app.register(fastifyStatic, { root: adminDist, serve: false });
    const sendIndex = (reply: FastifyReply) =>
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html', { maxAge: 0 });
    app.get('/admin', { schema: { hide: true } }, (_request, reply) => reply.redirect('/admin/'));
    app.get('/admin/*', { schema: { hide: true } }, (request, reply) => {
      const rest = (request.params as { '*': string })['*'];
      const file = path.resolve(adminDist, rest);
      const isInside = file.startsWith(`${adminDist}${path.sep}`);
      if (rest && isInside && path.extname(rest) && fs.existsSync(file)) {
        // Hashed asset names change with every build, so assets may be cached for long.
        return reply.sendFile(rest, { maxAge: rest.startsWith('assets/') ? '365d' : '1h', immutable: rest.startsWith('assets/') });
      }
      if (path.extname(rest)) return reply.status(404).send({ error: { code: 'ROUTE_NOT_FOUND', message: '请求的地址不存在', details: [], requestId: String(request.id) } });
      return sendIndex(reply);
    });
  }
  return app;
}
