import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { OutgoingMessage, SendResult, Transport } from './transport.ts';

/** A message as the local SMTP server received it, headers and body decoded. */
export interface ReceivedMail {
  /** The account the client signed in with. */
  readonly user: string | undefined;
  readonly envelopeTo: readonly string[];
  readonly headers: ReadonlyMap<string, string>;
  readonly subject: string;
  readonly text: string;
}

/** RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`), as nodemailer writes them. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, kind: string, data: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const flat = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < flat.length; i += 1) {
    const char = flat[i] ?? '';
    const hex = flat.slice(i + 1, i + 3);
    if (char === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(char, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Splits a raw single-part message into decoded headers and text (enough for our mails). */
export function parseMail(raw: string): { headers: Map<string, string>; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return { headers, text: text.replace(/\r\n$/, '') };
}

export interface LocalSmtpServer {
  readonly url: string;
  readonly received: ReceivedMail[];
  /** Answers the next RCPT TO commands with these SMTP codes (e.g. 451, 550), one each. */
  readonly rejectNext: number[];
  close(): Promise<void>;
}

/** A real SMTP server on a free local port, with plain-text login (loopback only). */
export async function startSmtpServer(credentials = { user: 'sanad', password: 's3cret' }) {
  const received: ReceivedMail[] = [];
  const rejectNext: number[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    onAuth(auth, _session, callback) {
      // Only the right password signs in: a message received proves the URL's credentials.
      const ok = auth.username === credentials.user && auth.password === credentials.password;
      callback(ok ? null : new Error('bad credentials'), ok ? { user: auth.username } : undefined);
    },
    onRcptTo(_address, _session, callback) {
      const code = rejectNext.shift();
      if (code === undefined) {
        callback();
        return;
      }
      callback(Object.assign(new Error('refused by the test server'), { responseCode: code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const { headers, text } = parseMail(Buffer.concat(chunks).toString('utf8'));
        received.push({
          user: typeof session.user === 'string' ? session.user : undefined,
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          headers,
          subject: headers.get('subject') ?? '',
          text,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${credentials.user}:${credentials.password}@127.0.0.1:${port}`,
    received,
    rejectNext,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  } satisfies LocalSmtpServer;
}

/** One request as the local SMS gateway received it. */
export interface GatewayRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: unknown;
}

export interface LocalSmsGateway {
  readonly url: string;
  readonly requests: GatewayRequest[];
  /** Statuses to answer the next requests with, one each; then 200 with a gateway id. */
  readonly statuses: number[];
  /** Milliseconds to wait before answering (to provoke a timeout). */
  delayMs: number;
  close(): Promise<void>;
}

/** A local HTTP server standing in for an SMS gateway. */
export async function startSmsGateway(): Promise<LocalSmsGateway> {
  const requests: GatewayRequest[] = [];
  const statuses: number[] = [];
  const gateway = { delayMs: 0 };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
      });
      const status = statuses.shift() ?? 200;
      setTimeout(() => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify(status < 300 ? { id: `gw-${String(requests.length)}` } : { error: 'x' }),
        );
      }, gateway.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(gateway, {
    url: `http://127.0.0.1:${String(port)}/v1/messages`,
    requests,
    statuses,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  });
}

/**
 * A transport that records what it is given and answers from a script (then `sent`), optionally
 * after a pause, so tests can overlap two deliveries.
 */
export function scriptedTransport(
  script: SendResult[] = [],
  pauseMs = 0,
): Transport & { readonly sent: OutgoingMessage[] } {
  const sent: OutgoingMessage[] = [];
  return {
    name: 'scripted',
    sent,
    async send(message) {
      sent.push(message);
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      return script.shift() ?? { outcome: 'sent', providerId: `p-${String(sent.length)}` };
    },
  };
}
