import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, Internal, PayloadTooLarge, RateLimited, RouteNotFound, ValidationFailed, type ErrorDetail } from '../errors.js';

/** The body of every error answer. */
export interface ErrorBody {
  error: { code: string; message: string; details: ErrorDetail[]; requestId?: string };
}

function send(reply: FastifyReply, request: FastifyRequest, error: AppError) {
  const body: ErrorBody = {
    error: { code: error.code, message: error.message, details: error.details, requestId: String(request.id) },
  };
  return reply.status(error.statusCode).send(body);
}

const zodMessages: Record<string, string> = {
  unrecognized_keys: '不允许的字段',
  invalid_type: '类型不正确或缺少此字段',
  too_small: '太短或太小',
  too_big: '太长或太大',
  invalid_format: '格式不正确',
  invalid_value: '取值不在允许范围内',
};

function validationDetails(error: FastifyError): ErrorDetail[] {
  const context = (error as unknown as { validationContext?: string }).validationContext;
  return (error.validation ?? []).map((v) => {
    const code = v.keyword;
    const params = v.params as { keys?: string[] } | undefined;
    const base = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    const field = code === 'unrecognized_keys' && params?.keys?.length ? [base, params.keys.join(',')].filter(Boolean).join('.') : base;
    // Messages written in our schemas are Chinese; zod's own English defaults are replaced.
    const message = v.message && /[\u4e00-\u9fff]/.test(v.message) ? v.message : (zodMessages[code] ?? '取值无效');
    return { path: [context, field].filter(Boolean).join('.'), message };
  });
}

/**
 * One error handler for the whole app: coded errors pass through, validation errors become
 * VALIDATION_FAILED with field paths, anything unknown becomes INTERNAL_ERROR with the request id
 * and is logged whole.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.statusCode >= 500) request.log.error({ err: error }, error.message);
      return send(reply, request, error);
    }
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      return send(reply, request, ValidationFailed({ details: validationDetails(error) }));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return send(reply, request, Internal());
    }
    if (error.statusCode === 429) return send(reply, request, RateLimited());
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return send(reply, request, PayloadTooLarge());
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors (bad JSON, wrong content type …) keep a stable code.
      return send(reply, request, new AppError('BAD_REQUEST', error.statusCode, '请求格式不正确', [{ path: '', message: error.message }]));
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, Internal());
  });
  app.setNotFoundHandler((request, reply) => send(reply, request, RouteNotFound()));
}
