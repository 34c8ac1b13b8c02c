import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditEvents } from '../db/schema/index.ts';
import { SESSION_COOKIE } from '../identity/cookies.ts';
import { csrfTokenFor } from '../identity/sessions.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { anonymous, as, type StaffClient } from '../testing/staff-session.ts';
import type { EmergencyNumberList } from './schemas.ts';

const URL_PUBLIC = '/api/v1/public/emergency-numbers';
const URL_ADMIN = '/api/v1/admin/emergency-numbers';

const label = (text: string) => ({
  ar: `${text} ar`,
  fr: `${text} fr`,
  zgh: `${text} ⵣ`,
  en: text,
});

/** PUT as a signed-in staff member (the shared test client speaks GET, POST, PATCH, DELETE). */
const put = (app: FastifyInstance, client: StaffClient, payload: unknown, lang = 'en') =>
  app.inject({
    method: 'PUT',
    url: URL_ADMIN,
    cookies: { [SESSION_COOKIE]: client.token },
    headers: { 'x-csrf-token': csrfTokenFor(client.token), 'accept-language': lang },
    payload: payload as Record<string, unknown>,
  });

interface Refusal {
  error: { code: string; fields: { field: string; issue: string; message: string }[] };
}

describeEachEngine('emergency numbers', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;

  it('starts with the four national numbers, public, in order, with labels in four languages', async () => {
    const response = await anonymous(app, 'GET', URL_PUBLIC);
    expect(response.statusCode).toBe(200);
    const { numbers } = response.json<EmergencyNumberList>();
    expect(numbers.map((entry) => [entry.number, entry.kind, entry.position])).toEqual([
      ['19', 'police', 0],
      ['177', 'gendarmerie', 1],
      ['15', 'civil_protection', 2],
      ['8350', 'helpline', 3],
    ]);
    expect(numbers[1]?.label).toMatchObject({ ar: 'الدرك الملكي', fr: 'Gendarmerie royale' });
    for (const entry of numbers) {
      expect(entry.label.zgh).toMatch(/\p{Script=Tifinagh}/u);
      expect(entry.label.en.length).toBeGreaterThan(0);
    }
    // Tiny on purpose: it is fetched on a slow link by every phone that opens the app.
    const compressed = await app.inject({
      method: 'GET',
      url: URL_PUBLIC,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers['content-type']).toMatch(/^application\/json/);
    expect(compressed.headers.etag).toBe(response.headers.etag);
    expect(compressed.rawPayload.length).toBeLessThan(800);
    expect(JSON.parse(brotliDecompressSync(compressed.rawPayload).toString())).toEqual({ numbers });
  });

  it('is cacheable for a short while, and revalidated by a strong ETag (304)', async () => {
    const first = await anonymous(app, 'GET', URL_PUBLIC);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const again = await app.inject({
      method: 'GET',
      url: URL_PUBLIC,
      headers: { 'if-none-match': `"other", ${etag}` },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('answers 401 without a session, and 403 to every role but a national administrator', async () => {
    const body = { numbers: [{ number: '19', kind: 'police', label: label('Police') }] };
    const unsigned = await app.inject({ method: 'PUT', url: URL_ADMIN, payload: body });
    expect(unsigned.statusCode).toBe(401);
    for (const role of [
      'listener',
      'supervisor',
      'institution_agent',
      'institution_manager',
      'analyst',
    ] as const) {
      const client = await as(app, db(), role);
      expect((await put(app, client, body)).statusCode, role).toBe(403);
    }
    expect((await anonymous(app, 'GET', URL_ADMIN)).statusCode).toBe(401);
    expect((await (await as(app, db(), 'listener')).request('GET', URL_ADMIN)).statusCode).toBe(
      403,
    );
    const regional = await as(app, db(), 'admin', { scopeLevel: 'region', scopeRegion: '06' });
    expect((await put(app, regional, body)).statusCode).toBe(403);
    const { numbers } = (await anonymous(app, 'GET', URL_PUBLIC)).json<EmergencyNumberList>();
    expect(numbers).toHaveLength(4);
  });

  it('names each refused field, in the reader’s language', async () => {
    const admin = await as(app, db(), 'admin');
    const good = { number: '19', kind: 'police', label: label('Police') };
    const cases: [unknown, string, string][] = [
      [{ numbers: [] }, 'body.numbers', 'too_small'],
      [
        { numbers: Array.from({ length: 9 }, (_, i) => ({ ...good, number: `1${String(i)}` })) },
        'body.numbers',
        'too_big',
      ],
      [{ numbers: [{ ...good, number: '19 ' }] }, 'body.numbers.0.number', 'invalid_format'],
      [{ numbers: [{ ...good, number: '+212' }] }, 'body.numbers.0.number', 'invalid_format'],
      [{ numbers: [{ ...good, number: '1' }] }, 'body.numbers.0.number', 'invalid_format'],
      [
        { numbers: [{ ...good, number: '12345678901' }] },
        'body.numbers.0.number',
        'invalid_format',
      ],
      [{ numbers: [good, { ...good, kind: 'helpline' }] }, 'body.numbers.1.number', 'invalid'],
      [{ numbers: [{ ...good, kind: 'army' }] }, 'body.numbers.0.kind', 'invalid_choice'],
      [
        { numbers: [{ ...good, label: { ar: 'ا', fr: 'Police', en: 'Police' } }] },
        'body.numbers.0.label.zgh',
        'required',
      ],
      [
        { numbers: [{ ...good, label: { ...good.label, fr: '   ' } }] },
        'body.numbers.0.label.fr',
        'too_small',
      ],
      [{ numbers: [{ ...good, position: 3 }] }, 'body.numbers.0.position', 'unknown_field'],
    ];
    for (const [body, field, issue] of cases) {
      const response = await put(app, admin, body, 'fr');
      expect(response.statusCode, field).toBe(400);
      const { error } = response.json<Refusal>();
      expect(error.code).toBe('validation_failed');
      expect(error.fields, JSON.stringify(body)).toContainEqual(
        expect.objectContaining({ field, issue }),
      );
    }
    const refused = await put(app, admin, { numbers: [{ ...good, number: 'abc' }] }, 'fr');
    expect(refused.json<Refusal>().error.fields[0]?.message).toBe("Le format n'est pas valide.");
    const { numbers } = (await anonymous(app, 'GET', URL_PUBLIC)).json<EmergencyNumberList>();
    expect(numbers.map((entry) => entry.number)).toEqual(['19', '177', '15', '8350']);
  });

  it('replaces the list for everyone, keeping known ids, and audits the change', async () => {
    const admin = await as(app, db(), 'admin');
    const before = await anonymous(app, 'GET', URL_PUBLIC);
    const current = before.json<EmergencyNumberList>().numbers;
    const police = current[0];
    if (!police) throw new Error('no police number');
    const edited = {
      numbers: [
        { id: police.id, number: police.number, kind: police.kind, label: police.label },
        { number: '8008', kind: 'helpline', label: label('Night line') },
        ...current.slice(1).map(({ id, number, kind, label }) => ({ id, number, kind, label })),
      ],
    };
    const response = await put(app, admin, edited);
    expect(response.statusCode).toBe(200);
    const saved = response.json<EmergencyNumberList>().numbers;
    expect(saved.map((entry) => [entry.number, entry.position])).toEqual([
      ['19', 0],
      ['8008', 1],
      ['177', 2],
      ['15', 3],
      ['8350', 4],
    ]);
    expect(saved[0]?.id).toBe(police.id);
    expect(saved[1]?.label).toEqual(label('Night line'));

    const after = await anonymous(app, 'GET', URL_PUBLIC);
    expect(after.json<EmergencyNumberList>().numbers).toEqual(saved);
    const editing = await admin.request('GET', URL_ADMIN);
    expect(editing.headers['cache-control']).toBe('no-store');
    expect(editing.json<EmergencyNumberList>().numbers).toEqual(saved);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const stale = await app.inject({
      method: 'GET',
      url: URL_PUBLIC,
      headers: { 'if-none-match': String(before.headers.etag) },
    });
    expect(stale.statusCode).toBe(200);

    const events = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'emergency_numbers.updated'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: admin.userId,
      recordType: 'emergency_numbers',
      diff: {
        numbers: {
          before: ['19 police', '177 gendarmerie', '15 civil_protection', '8350 helpline'],
          after: [
            '19 police',
            '8008 helpline',
            '177 gendarmerie',
            '15 civil_protection',
            '8350 helpline',
          ],
        },
        labelsChanged: true,
      },
    });

    // Removing entries works the same way: the list is what was sent.
    const shorter = await put(app, admin, {
      numbers: [{ number: '19', kind: 'police', label: police.label }],
    });
    expect(shorter.json<EmergencyNumberList>().numbers.map((entry) => entry.number)).toEqual([
      '19',
    ]);
  });
});
