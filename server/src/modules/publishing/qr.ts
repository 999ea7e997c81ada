import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LRUCache } from 'lru-cache';
import QRCode from 'qrcode';
import { z } from 'zod';
import { defineError, type Ctx } from '../../kernel/index.js';

/** Share link refused: not an absolute http(s) URL of at most 500 characters. */
export const ShareUrlInvalid = defineError(
  'SHARE_URL_INVALID',
  400,
  '分享地址不正确：需要以 http:// 或 https:// 开头、不超过 500 个字符的网址',
);

const maxUrlLength = 500;
const maxCached = 1000;
/** SVG text by URL. */
const cache = new LRUCache<string, string>({ max: maxCached });

function isShareableUrl(value: string): boolean {
  if (value.length === 0 || value.length > maxUrlLength) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * The WeChat share QR code of a page, drawn here (no third-party QR service sees what citizens
 * share). Throws SHARE_URL_INVALID.
 */
export async function shareQrSvg(url: string): Promise<string> {
  if (!isShareableUrl(url)) throw ShareUrlInvalid({ details: [{ path: 'url', message: '需要 http(s) 网址，不超过 500 个字符' }] });
  const hit = cache.get(url);
  if (hit !== undefined) return hit;
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  cache.set(url, svg);
  return svg;
}

/** `GET /api/public/share/qr.svg?url=` — public, cacheable for a day. */
export function registerShareRoutes(fastify: FastifyInstance, _ctx: Ctx): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/public/share/qr.svg',
    {
      logLevel: 'warn',
      schema: {
        tags: ['public'],
        summary: '分享二维码（SVG，本地生成；url 为要分享的页面地址）',
        querystring: z.object({ url: z.string().describe('要分享的页面绝对地址（http/https，≤ 500 字符）') }),
      },
    },
    async (request, reply) => {
      const svg = await shareQrSvg(request.query.url);
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', 'public, max-age=86400')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .send(svg);
    },
  );
}
