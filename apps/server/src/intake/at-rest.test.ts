import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { publicRequests } from '../db/schema/index.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { submit } from './test-support.ts';

const NARRATIVE = 'Narrative-7f3a: he locked me in the kitchen';
const PHONE = '0661234599';
const CODE_WORD = 'codeword-orange-92';

/**
 * What a stolen dump would show: the raw bytes of every column that holds what she typed, read
 * as the database stores them, must not contain it — nor the tracking secret.
 */
describeEachEngine('a report at rest', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });

  it('keeps the narrative, phone number, code word, location and secret out of the clear', async () => {
    const response = await submit(app, 'reports', {
      kind: 'violence',
      language: 'en',
      narrative: NARRATIVE,
      location: { latitude: 33.5731, longitude: -7.5898 },
      contact: { phone: PHONE, codeWord: CODE_WORD },
      consents: { care: true, sharing: true, statistics: true, location: true },
    });
    expect(response.statusCode).toBe(201);
    const { trackingCode, secret } = response.json<{ trackingCode: string; secret: string }>();
    const [tracking] = await database()
      .db.select()
      .from(publicRequests)
      .where(eq(publicRequests.trackingCode, trackingCode.replace('-', '')));
    const caseId = tracking?.caseId ?? '';
    const rows = await database().sql.query<{ blob: Buffer | null }>(
      `SELECT narrative_enc AS blob FROM incidents WHERE case_id = $1
       UNION ALL SELECT p.phone_enc FROM persons p JOIN contacts c ON c.person_id = p.id WHERE c.case_id = $1
       UNION ALL SELECT p.phone_bidx FROM persons p JOIN contacts c ON c.person_id = p.id WHERE c.case_id = $1
       UNION ALL SELECT code_word_enc FROM intake_details WHERE case_id = $1
       UNION ALL SELECT location_enc FROM intake_details WHERE case_id = $1
       UNION ALL SELECT answers_enc FROM risk_assessments WHERE case_id = $1
       UNION ALL SELECT secret_hmac FROM public_requests WHERE case_id = $1
       UNION ALL SELECT response_enc FROM idempotency_keys`,
      [caseId],
    );
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const needles = [
      NARRATIVE,
      'kitchen',
      PHONE,
      '+212661234599',
      '661234599',
      CODE_WORD,
      '33.5731',
      secret,
      secret.replace(/-/g, ''),
    ];
    for (const { blob } of rows) {
      expect(blob).not.toBeNull();
      const text = (blob ?? Buffer.alloc(0)).toString('latin1');
      for (const needle of needles) expect(text).not.toContain(needle);
    }
    // And the whole of every text column of those tables, in case something leaked elsewhere.
    const [dump] = await database().sql.query<{ text: string }>(
      `SELECT concat_ws('|', (SELECT string_agg(t::text, '|') FROM intake_details t),
              (SELECT string_agg(t::text, '|') FROM incidents t),
              (SELECT string_agg(t::text, '|') FROM audit_events t),
              (SELECT string_agg(t::text, '|') FROM public_requests t)) AS text`,
    );
    for (const needle of needles) expect(dump?.text ?? '').not.toContain(needle);
  });
});
