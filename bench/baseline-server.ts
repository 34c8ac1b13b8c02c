// The baseline: the least a Fastify 5 + Zod endpoint that writes one row can cost. Sanad's rows
// are read against it so a slow figure means "Sanad adds this much", not "this machine is slow".
// Runs as its own process so it never shares an event loop with the load generator.
import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import pg from 'pg';
import { z } from 'zod';

/** The one call the route needs, so PGlite and pg are interchangeable behind it. */
type Insert = (id: string, label: string, n: number) => Promise<unknown>;

const insertSql = 'INSERT INTO items (id, label, n) VALUES ($1, $2, $3)';
const createSql = 'CREATE TABLE items (id uuid primary key, label text not null, n int not null)';

async function openPglite(): Promise<Insert> {
  const db = await PGlite.create();
  await db.exec(createSql);
  return (id, label, n) => db.query(insertSql, [id, label, n]);
}

async function openPostgres(url: string): Promise<Insert> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // A fresh schema per run: no leftovers from an earlier run, nothing shared with other users.
  const schema = `bench_${randomUUID().replaceAll('-', '')}`;
  await pool.query(`CREATE SCHEMA ${schema}`);
  await pool.query(`CREATE TABLE ${schema}.${createSql.slice('CREATE TABLE '.length)}`);
  const qualifiedInsert = insertSql.replace('INTO items', `INTO ${schema}.items`);
  process.once('SIGTERM', () => {
    void pool
      .query(`DROP SCHEMA ${schema} CASCADE`)
      .finally(() => pool.end())
      .finally(() => process.exit(0));
  });
  return (id, label, n) => pool.query(qualifiedInsert, [id, label, n]);
}

const databaseUrl = process.env.BENCH_DATABASE_URL;
const insert =
  databaseUrl !== undefined && databaseUrl !== ''
    ? await openPostgres(databaseUrl)
    : await openPglite();

const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);

app.post(
  '/items',
  {
    schema: {
      body: z.object({ label: z.string().min(1).max(100), n: z.number().int() }),
      response: { 201: z.object({ id: z.uuid() }) },
    },
  },
  async (request, reply) => {
    const id = randomUUID();
    await insert(id, request.body.label, request.body.n);
    return reply.code(201).send({ id });
  },
);

// Port 0 lets the OS pick a free port; the parent learns it from this one line on stdout.
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`READY ${address}\n`);
