/**
 * A small node:http server that runs the same handlers as the Functions host, for `npm start` and tests when
 * Azure Functions Core Tools (`func`) are not installed. It builds real HttpRequest / InvocationContext objects the
 * way @azure/functions does in streaming mode, so body limits are enforced while the socket is read.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Readable, type Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import {
  HttpRequest,
  HttpResponse,
  InvocationContext,
  type HttpRequestInit,
  type HttpResponseInit,
  type LogLevel,
} from '@azure/functions';

import { bilingual, say, type Message } from '@thidua/core/messages';
import { currentConfig } from './config';
import { corsHeadersFor } from './http/cors';
import { PROBLEM_CONTENT_TYPE, problemResponse } from './http/problem';
import { methodNotAllowed, type ApiRoute } from './http/route';
import { ROUTE_PREFIX, routes } from './routes';

export interface LocalHostOptions {
  /** 0 picks a free port. */
  port?: number;
  /** Loopback only: the local host is for development and tests, never for a network. */
  host?: '127.0.0.1';
  /** Serve static files (the task pane build) from this folder for GET paths outside /api. */
  staticRoot?: string;
  /** Where invocation logs go; defaults to the console. */
  log?: (level: LogLevel, message: string) => void;
}

export interface LocalHost {
  url: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

interface CompiledRoute {
  route: ApiRoute;
  pattern: RegExp;
  names: string[];
}

/** Turns an Azure route template (`plans/{id}`) into a matcher; parameters match one path segment. */
function compileRoute(route: ApiRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.route
    .split('/')
    .map((segment) =>
      segment.replace(/\{(\w+)(?::[^}]*)?\}|[^{}]+/g, (part, name: string | undefined) => {
        if (name) {
          names.push(name);
          return '([^/]+)';
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }),
    )
    .join('/');
  return { route, pattern: new RegExp(`^/${ROUTE_PREFIX}/${source}/?$`, 'i'), names };
}

/**
 * The path the Functions host routes on: ASP.NET Core (Kestrel) decodes every percent-encoded UTF-8 sequence of the
 * path except "%2F", which would change its segments ("The path is fully decoded by the server except for '%2F'",
 * HttpRequest.Path). So "/api/%70lans" is "/api/plans". A path whose escapes are not UTF-8 ("%FF", "%E0%A4%A")
 * matches no route (undefined).
 */
export function decodedPath(pathname: string): string | undefined {
  try {
    // the split keeps each "%2F" / "%2f" as written (odd places), the pieces between them are decoded
    return pathname
      .split(/(%2F)/i)
      .map((piece, i) => (i % 2 ? piece : decodeURIComponent(piece)))
      .join('');
  } catch {
    return undefined;
  }
}

function matchRoute(
  table: CompiledRoute[],
  pathname: string,
): { route: ApiRoute; params: Record<string, string> } | undefined {
  const path = decodedPath(pathname);
  if (path === undefined) return undefined;
  for (const entry of table) {
    const match = entry.pattern.exec(path);
    if (!match) continue;
    // a segment's "%2F" is a slash of the value once the path is split (the rest is decoded already)
    const params = Object.fromEntries(
      entry.names.map((name, i) => [name, match[i + 1].replace(/%2F/gi, '/')]),
    );
    return { route: entry.route, params };
  }
  return undefined;
}

/**
 * The request headers as the Functions host hands them over: a header sent twice is one value, both joined with
 * ", " (node:http would keep only the first Content-Type or Authorization, and read a request that says two things
 * as if it said one). Content-Length stays node's: it has framed the body already, and refuses two that disagree.
 */
function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(req.headersDistinct))
    if (values !== undefined) headers[name] = values.join(name === 'cookie' ? '; ' : ', ');
  const length = req.headers['content-length'];
  if (length !== undefined) headers['content-length'] = length;
  return headers;
}

/**
 * A text body (every route of this app answers one) is written as UTF-8 directly: HttpResponse would wrap it in a
 * web stream and rescan it for lone surrogates, which for a large score response cost more than the scoring. The
 * status, headers and bytes are those HttpResponse gives (a lone surrogate becomes U+FFFD either way).
 */
function sendText(res: ServerResponse, init: HttpResponseInit & { body: string }): void {
  const headers = new Headers(init.headers as HeadersInit | undefined);
  if (!headers.has('content-type')) headers.set('content-type', 'text/plain;charset=UTF-8');
  const bytes = Buffer.from(init.body, 'utf8');
  headers.set('content-length', String(bytes.length));
  res.writeHead(init.status ?? 200, headerRecord(headers));
  res.end(bytes);
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

async function send(res: ServerResponse, init: HttpResponseInit): Promise<void> {
  if (typeof init.body === 'string' && init.jsonBody === undefined && !init.cookies?.length)
    return sendText(res, init as HttpResponseInit & { body: string });
  const response = new HttpResponse(init);
  res.writeHead(response.status, headerRecord(response.headers));
  // pipeline settles when the client goes away mid-answer too (pipe + 'finish' would wait forever).
  if (response.body)
    await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), res);
  else res.end();
}

async function serveStatic(
  root: string,
  pathname: string,
  method: string,
  res: ServerResponse,
): Promise<boolean> {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (relative.includes('\0')) return false;
  let file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return false;
  try {
    let stat = await fs.stat(file);
    if (stat.isDirectory()) {
      file = path.join(file, 'index.html');
      stat = await fs.stat(file);
    }
    if (!stat.isFile()) return false;
    // A symlink inside the folder must not lead outside it.
    const real = await fs.realpath(file);
    if (real !== root && !real.startsWith(root + path.sep)) return false;
    res.writeHead(200, {
      'content-type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(stat.size),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    if (method === 'HEAD') res.end();
    else await pipeline(createReadStream(file), res);
    return true;
  } catch {
    // Headers already sent: the client went away mid-file (or the file vanished); there is no answer to change.
    if (res.headersSent) return true;
    return false;
  }
}

/** What every answer of the API carries (route.ts adds the same to the handlers' answers). */
const HOST_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' } as const;

function notFound(pathname: string): HttpResponseInit {
  return problemResponse(
    404,
    'Không tìm thấy (not found)',
    [{ path: '(url)', ...bilingual(say('http.not-found', { path: pathname.slice(0, 200) })) }],
    { headers: { ...HOST_HEADERS } },
  );
}

/**
 * A Transfer-Encoding the local host cannot frame or decode, answered before the handler reads the body: a final
 * coding other than chunked leaves the body length unknown (RFC 9112 §6.3: 400 and close); a coding before chunked
 * (gzip, deflate…) would hand compressed bytes to the JSON reader, refused as a content coding is (415).
 */
function transferCodingProblem(header: string | undefined): HttpResponseInit | undefined {
  if (header === undefined) return undefined;
  const codings = header
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
  if (codings[codings.length - 1] !== 'chunked')
    return problemResponse(
      400,
      'Yêu cầu HTTP không đúng cú pháp (bad request)',
      [{ path: '(headers).transfer-encoding', ...bilingual(say('http.malformed')) }],
      { headers: { ...HOST_HEADERS, connection: 'close' } },
    );
  if (codings.length > 1)
    return problemResponse(
      415,
      'Kiểu nén không được hỗ trợ (unsupported content encoding)',
      [{ path: '(headers).transfer-encoding', ...bilingual(say('http.content-encoding')) }],
      { headers: { ...HOST_HEADERS, connection: 'close' } },
    );
  return undefined;
}

/**
 * node:http refuses a request it cannot parse (bad request line or header, headers over 16 KB, a timeout) before any
 * handler runs and by default closes with an empty 400. Answer as the API does instead: a problem+json body.
 */
function answerClientError(
  error: Error & { code?: string },
  socket: Duplex,
  previous: { req: IncomingMessage; res: ServerResponse } | undefined,
): void {
  // The current request's own body broke off (the client closed mid-body, bad chunk framing): drop the connection,
  // which fails its body stream, so the handler answers 499 / logs it as aborted.
  if (error.code === 'ECONNRESET' || !socket.writable || (previous && !previous.req.complete))
    return void socket.destroy();
  // Unparseable bytes behind a complete request still being answered (pipelined garbage): let that answer go out,
  // then close; there is no second answer on this connection.
  if (previous && !previous.res.writableFinished) {
    previous.res.shouldKeepAlive = false;
    previous.res.once('finish', () => socket.end());
    return;
  }
  // After the last answer of a "Connection: close" exchange, nothing more is answered.
  if (previous && !previous.res.shouldKeepAlive) return void socket.destroy();
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return writeProblem(socket, 431, 'Request Header Fields Too Large', say('http.headers-too-large'));
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return writeProblem(socket, 408, 'Request Timeout', say('http.request-timeout'));
  writeProblem(socket, 400, 'Bad Request', say('http.malformed'));
}

/** A problem answer written straight to a socket that has no ServerResponse (parse errors, CONNECT). */
function writeProblem(socket: Duplex, status: number, reason: string, said: Message): void {
  const { message, messageEn } = bilingual(said);
  const init = problemResponse(status, `${message} (${reason.toLowerCase()})`, [
    { path: '(request)', message, messageEn },
  ]);
  const body = Buffer.from(init.body as string, 'utf8');
  socket.end(
    Buffer.concat([
      Buffer.from(
        `HTTP/1.1 ${status} ${reason}\r\ncontent-type: ${PROBLEM_CONTENT_TYPE}\r\ncontent-length: ${body.length}\r\n` +
          `x-content-type-options: nosniff\r\ncache-control: no-store\r\nconnection: close\r\n\r\n`,
      ),
      body,
    ]),
  );
}

/**
 * The path and query of a request target. A server must accept the absolute form too (RFC 9112 §3.2.2:
 * `GET http://host/api/health`); whatever else does not start with "/" is read as a path, and matches no route.
 */
function originFormOf(target: string): string {
  if (target.startsWith('/')) return target;
  try {
    const absolute = new URL(target);
    if (absolute.protocol === 'http:' || absolute.protocol === 'https:')
      return `${absolute.pathname}${absolute.search}`;
  } catch {
    // not a URL: handled as a path below
  }
  return `/${target}`;
}

/** Starts the local host on 127.0.0.1 and resolves once it is listening. */
export async function startLocalHost(options: LocalHostOptions = {}): Promise<LocalHost> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error('The local host listens on 127.0.0.1 only');
  const staticRoot = options.staticRoot ? await fs.realpath(path.resolve(options.staticRoot)) : undefined;
  const log =
    options.log ??
    ((level: LogLevel, message: string) => (level === 'error' ? console.error : console.log)(message));
  const table = routes.map(compileRoute);
  let base = '';

  // The latest response on each connection, so a late parse error does not write a second answer over it.
  const lastExchange = new WeakMap<Duplex, { req: IncomingMessage; res: ServerResponse }>();
  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    lastExchange.set(req.socket, { req, res });
    void handle(req, res).catch((error: unknown) => {
      // A client that went away is not a server error: one line, no stack.
      if (req.destroyed || res.destroyed || req.socket.destroyed) {
        const reason = error instanceof Error ? error.message : String(error);
        log(
          'warning',
          JSON.stringify({ event: 'aborted', method: req.method, url: req.url?.slice(0, 200), reason }),
        );
        return void res.destroy();
      }
      // the answer names a reference only, the log line has it beside the stack
      const reference = randomUUID();
      log(
        'error',
        `[local host] ${reference}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (res.headersSent) return void res.destroy();
      void send(
        res,
        problemResponse(
          500,
          'Lỗi máy chủ (internal error)',
          [{ path: '(server)', ...bilingual(say('http.internal-error', { reference })) }],
          { headers: { ...HOST_HEADERS, 'x-invocation-id': reference } },
        ),
      ).catch(() => res.destroy());
    });
  };
  const server = createServer({ requireHostHeader: false }, onRequest);
  // A client may end its side once its request is sent (RFC 9112 §9.6 lets it): the answer is still written, then
  // the connection closed. node:http would close at once and lose an answer not ready yet (a token being checked).
  (server as unknown as { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  // "Expect: 100-continue" with a declared body over the limit: answer 413 without inviting the body first
  // (node would send "100 Continue" for every such request on its own).
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    const declared = req.headers['content-length'];
    const oversize =
      declared !== undefined && /^\d+$/.test(declared) && Number(declared) > currentConfig().maxBodyBytes;
    if (!oversize) res.writeContinue();
    onRequest(req, res);
  });

  server.on('clientError', (error: Error & { code?: string }, socket: Duplex) =>
    answerClientError(error, socket, lastExchange.get(socket)),
  );
  // Without these, node:http closes a CONNECT silently and answers an unknown Expect with an empty 417.
  server.on('connect', (_req: IncomingMessage, socket: Duplex) =>
    writeProblem(socket, 405, 'Method Not Allowed', say('http.connect')),
  );
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    lastExchange.set(req.socket, { req, res });
    req.resume();
    const init = problemResponse(
      417,
      'Không đáp ứng được "Expect" (expectation failed)',
      [{ path: '(headers).expect', ...bilingual(say('http.expect')) }],
      { headers: { ...HOST_HEADERS } },
    );
    void send(res, init).catch(() => res.destroy());
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(`${base}${originFormOf(req.url ?? '')}`);
    // HTTP/1.1 requires Host (RFC 9112 §3.2); node would otherwise answer an empty 400 itself.
    if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1 && req.headers.host === undefined) {
      req.resume();
      return send(
        res,
        problemResponse(
          400,
          'Yêu cầu HTTP không đúng cú pháp (bad request)',
          [{ path: '(headers).host', ...bilingual(say('http.malformed')) }],
          { headers: { ...HOST_HEADERS, connection: 'close' } },
        ),
      );
    }
    const found = matchRoute(table, url.pathname);
    if (!found) {
      req.resume();
      const routed = decodedPath(url.pathname) ?? url.pathname;
      const isApi = routed === `/${ROUTE_PREFIX}` || routed.startsWith(`/${ROUTE_PREFIX}/`);
      if (!isApi && staticRoot && (method === 'GET' || method === 'HEAD'))
        if (await serveStatic(staticRoot, url.pathname, method, res)) return;
      return send(res, notFound(url.pathname));
    }
    const { route, params } = found;
    const methods = route.options.methods ?? [];
    // another method: the same 405 as the handler's own (TRACE, PROPFIND… never reach it: fetch cannot build them)
    if (!route.allow.includes(method)) {
      req.resume();
      return send(
        res,
        methodNotAllowed(url.pathname, method, route.allow, {
          ...HOST_HEADERS,
          ...corsHeadersFor(req.headers.origin, currentConfig()),
          'x-invocation-id': randomUUID(),
        }),
      );
    }
    const refusedFraming = transferCodingProblem(req.headers['transfer-encoding']);
    if (refusedFraming) {
      req.resume();
      return send(res, refusedFraming);
    }
    const hasBody =
      method !== 'GET' &&
      method !== 'HEAD' &&
      (req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0);
    if (!hasBody) req.resume();
    // Same construction as @azure/functions' streaming mode (createStreamRequest): a native Request over the socket.
    const nativeRequest = new Request(url, {
      method,
      headers: headersOf(req),
      ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
    } as RequestInit);
    const request = new HttpRequest({ nativeRequest, params } as HttpRequestInit);
    const context = new InvocationContext({
      invocationId: randomUUID(),
      functionName: route.name,
      options: {
        trigger: {
          type: 'httpTrigger',
          name: 'request',
          methods,
          route: route.route,
          authLevel: 'anonymous',
        },
      },
      logHandler: (level, ...args) => log(level, args.map(String).join(' ')),
    });
    const init = await route.options.handler(request, context);
    const status = init.status ?? 200;
    // A refused upload may still be arriving: close the connection rather than read the rest.
    if (hasBody && !req.readableEnded) res.setHeader('connection', 'close');
    await send(res, init);
    if (status === 413 && !req.readableEnded) req.destroy();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  base = `http://${host}:${port}`;
  const config = currentConfig();
  for (const warning of config.warnings) log('warning', `[thidua] ${warning}`);
  for (const error of config.errorDetails)
    log('error', `[thidua] cấu hình sai (configuration error): ${error}`);
  return {
    url: base,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
