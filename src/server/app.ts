/**
 * The PortalRB integration API over HTTP(S), on Fastify: the three endpoints PortalRB calls, `/healthz`, Bearer
 * tokens, rate limits per token and per address, PortalRB's error bodies and a JSON-lines access log. Every
 * answer comes from the current {@link Snapshot} (pre-serialised; nothing is parsed per request).
 */
import { createServer as createHttp, STATUS_CODES, type Server } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_ERRORS, CONSOLE, errorBody, type ApiError } from './messages';
import type { Snapshot } from './snapshot';
import { bearerToken, type TokenSet } from './tokens';
import { isUnitId } from './unitId';

declare module 'fastify' {
  interface FastifyRequest {
    /** 1-based place of the request's token in the tokens file, once checked. */
    tokenIndex: number | null;
  }
}

export interface Limit {
  readonly max: number;
  readonly windowMs: number;
}

export interface AppOptions {
  readonly tokens: TokenSet;
  readonly snapshot: () => Snapshot;
  /** '' or a path like `/api/zi` the endpoints hang under. */
  readonly base: string;
  readonly limits: { readonly perToken: Limit; readonly perAddress: Limit };
  readonly tls: { readonly cert: Buffer; readonly key: Buffer } | null;
  /** Proxy addresses whose `X-Forwarded-For` is believed (nginx in front), or false. */
  readonly trustProxy: readonly string[] | false;
  /** One JSON line per request (never a token). */
  readonly access: (line: string) => void;
  /** A console line (stderr). */
  readonly say: (line: string) => void;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const ANSWERS = '/lke/jawaban-unit/';

/** The paths of the API under `base`. */
export function routes(base: string) {
  return {
    wbk: `${base}/pengusulan/unit-wbk`,
    wbbm: `${base}/pengusulan/unit-wbbm`,
    answers: `${base}${ANSWERS}`,
    health: `${base}/healthz`,
  } as const;
}

function send(reply: FastifyReply, body: Buffer | string): FastifyReply {
  return reply.header('content-type', JSON_TYPE).send(body);
}

function fail(reply: FastifyReply, e: ApiError): FastifyReply {
  return send(reply.code(e.status), errorBody(e));
}

/** Builds the app (not yet listening). */
export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const paths = routes(o.base);
  // Loaded here, not at start-up: the other commands (a recap of 150 files) never pay for the HTTP framework.
  const { default: Fastify } = await import('fastify');
  const { default: rateLimit } = await import('@fastify/rate-limit');
  const app = Fastify({
    logger: false,
    requestIdHeader: false,
    trustProxy: o.trustProxy === false ? false : [...o.trustProxy],
    bodyLimit: 1024,
    requestTimeout: 30_000,
    // While closing, a request already on a kept-alive connection is still answered from memory (no bare 503).
    return503OnClosing: false,
    serverFactory: (handler) =>
      (o.tls ? createHttps({ cert: o.tls.cert, key: o.tls.key }, handler) : createHttp(handler)) as Server,
    clientErrorHandler: (err: NodeJS.ErrnoException, socket) => {
      if (err.code === 'ECONNRESET' || socket.destroyed) return;
      const status =
        err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
      const e = API_ERRORS.badHttp(status);
      const text = errorBody(e);
      if (socket.writable)
        socket.write(
          `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: ${JSON_TYPE}\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
        );
      socket.destroy();
    },
    frameworkErrors: (_error, req, reply) => {
      const bad = req.url.startsWith(paths.answers)
        ? API_ERRORS.invalidUnitId()
        : API_ERRORS.invalidRequest();
      logAccess(o, req, bad.status, Buffer.byteLength(errorBody(bad)), 0);
      void fail(reply.header('cache-control', 'no-store'), bad);
    },
  });
  await app.register(rateLimit, { global: false });
  const byAddress = app.createRateLimit({
    max: o.limits.perAddress.max,
    timeWindow: o.limits.perAddress.windowMs,
    keyGenerator: (req) => `a:${req.ip}`,
  });
  const byToken = app.createRateLimit({
    max: o.limits.perToken.max,
    timeWindow: o.limits.perToken.windowMs,
    keyGenerator: (req) => `t:${req.tokenIndex ?? 0}`,
  });
  app.decorateRequest('tokenIndex', null);

  app.addHook('onRequest', async (req, reply) => {
    reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');
    const limited = async (limiter: typeof byAddress) => {
      const r = await limiter(req);
      if (r.isAllowed || !r.isExceeded) return false;
      const seconds = Math.max(1, r.ttlInSeconds);
      await fail(reply.header('retry-after', String(seconds)), API_ERRORS.rateLimited(seconds));
      return true;
    };
    if (await limited(byAddress)) return reply;
    if (req.routeOptions.url === paths.health) return;
    const token = bearerToken(req.headers.authorization);
    const index = token === null ? null : o.tokens.match(token);
    if (index === null) {
      const e = token === null ? API_ERRORS.tokenMissing() : API_ERRORS.tokenInvalid();
      const challenge =
        token === null ? 'Bearer realm="lke-zi"' : 'Bearer realm="lke-zi", error="invalid_token"';
      await fail(reply.header('www-authenticate', challenge), e);
      return reply;
    }
    req.tokenIndex = index;
    if (await limited(byToken)) return reply;
  });

  app.addHook('onResponse', async (req, reply) => {
    const length = Number(reply.getHeader('content-length') ?? 0);
    logAccess(o, req, reply.statusCode, Number.isFinite(length) ? length : 0, reply.elapsedTime);
  });

  app.setErrorHandler(async (error: { statusCode?: number; message?: string }, _req, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) o.say(CONSOLE.failure(error.message ?? 'unknown'));
    return fail(reply, status >= 500 ? API_ERRORS.internal() : API_ERRORS.invalidRequest());
  });

  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    const known =
      ([paths.wbk, paths.wbbm, paths.health] as string[]).includes(path) || path.startsWith(paths.answers);
    if (!known) return fail(reply, API_ERRORS.routeNotFound());
    return fail(reply.header('allow', 'GET, HEAD'), API_ERRORS.methodNotAllowed());
  });

  app.get(paths.health, async (_req, reply) => send(reply, o.snapshot().health));
  app.get(paths.wbk, async (_req, reply) => send(reply, o.snapshot().wbk));
  app.get(paths.wbbm, async (_req, reply) => send(reply, o.snapshot().wbbm));
  app.get(`${paths.answers}*`, async (req, reply) => {
    const id = (req.params as Record<string, string | undefined>)['*'] ?? '';
    if (!isUnitId(id)) return fail(reply, API_ERRORS.invalidUnitId());
    const s = o.snapshot();
    const files = s.conflicts.get(id);
    if (files !== undefined) return fail(reply, API_ERRORS.duplicateUnit(files));
    const body = s.answers.get(id);
    return body ? send(reply, body) : fail(reply, API_ERRORS.unitNotFound());
  });
  return app;
}

/** Longest path kept in the access log (a 10 kB probe is logged by its start). */
const LOGGED_PATH = 256;

function logAccess(o: AppOptions, req: FastifyRequest, status: number, bytes: number, ms: number): void {
  const path = req.url.split('?')[0] ?? '';
  o.access(
    JSON.stringify({
      time: new Date().toISOString(),
      address: req.ip,
      token: req.tokenIndex ?? null,
      method: req.method,
      path: path.length > LOGGED_PATH ? `${path.slice(0, LOGGED_PATH)}…` : path,
      status,
      bytes,
      ms: Math.round(ms * 100) / 100,
    }),
  );
}
