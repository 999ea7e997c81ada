/**
 * Coded errors. Every error a client can see has a stable `code` (clients branch on it, never on
 * the message), an HTTP status and a default message in Simplified Chinese. Modules declare theirs
 * with defineError and list them in their README; docs/errors.md collects them.
 */
export interface ErrorDetail {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    public readonly code: string,
    public readonly statusCode: number,
    message: string,
    public readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export interface ErrorFactory {
  (options?: { message?: string; details?: ErrorDetail[] }): AppError;
  readonly code: string;
  readonly statusCode: number;
  /** True when `error` was made by this factory. */
  is(error: unknown): error is AppError;
}

const registry = new Map<string, { statusCode: number; message: string }>();

export function defineError(code: string, statusCode: number, message: string): ErrorFactory {
  const existing = registry.get(code);
  if (existing && (existing.statusCode !== statusCode || existing.message !== message)) {
    throw new Error(`error code ${code} defined twice with different meanings`);
  }
  registry.set(code, { statusCode, message });
  const factory = (options: { message?: string; details?: ErrorDetail[] } = {}) =>
    new AppError(code, statusCode, options.message ?? message, options.details ?? []);
  return Object.assign(factory, {
    code,
    statusCode,
    is: (error: unknown): error is AppError => error instanceof AppError && error.code === code,
  });
}

/** Every error code defined so far, for docs and the errors test. */
export function listErrorCodes(): Array<{ code: string; statusCode: number; message: string }> {
  return [...registry.entries()].map(([code, v]) => ({ code, ...v })).sort((a, b) => a.code.localeCompare(b.code));
}

export const ValidationFailed = defineError('VALIDATION_FAILED', 400, '提交的数据不符合要求');
export const NotFound = defineError('NOT_FOUND', 404, '请求的资源不存在');
export const RouteNotFound = defineError('ROUTE_NOT_FOUND', 404, '请求的地址不存在');
export const Unauthenticated = defineError('UNAUTHENTICATED', 401, '请先登录');
export const Forbidden = defineError('FORBIDDEN', 403, '没有执行此操作的权限');
export const CsrfInvalid = defineError('CSRF_TOKEN_INVALID', 403, '页面已过期，请刷新后重试');
export const RateLimited = defineError('RATE_LIMITED', 429, '请求过于频繁，请稍后再试');
export const Conflict = defineError('CONFLICT', 409, '数据已被修改或已存在');
export const PayloadTooLarge = defineError('PAYLOAD_TOO_LARGE', 413, '提交的内容过大');
export const Internal = defineError('INTERNAL_ERROR', 500, '服务器内部错误，请稍后再试');
export const ServiceUnavailable = defineError('SERVICE_UNAVAILABLE', 503, '服务暂时不可用');
