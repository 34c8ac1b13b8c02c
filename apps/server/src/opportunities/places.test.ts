import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { opportunities } from '../db/schema/index.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildInstitution } from '../testing/factories.ts';
import { releasePlace, takePlace } from './places.ts';
import { buildOpportunity } from './test-support.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachEngine('the places counter', (database, engine) => {
  const db = () => database().db;
  const placesLeft = async (id: string) => {
    const [row] = await db()
      .select({ left: opportunities.placesLeft, version: opportunities.version })
      .from(opportunities)
      .where(eq(opportunities.id, id));
    return row;
  };

  it('takes places until none is left, then says full; gives them back up to the total', async () => {
    const provider = await buildInstitution(db());
    const offer = await buildOpportunity(db(), provider.id, { placesTotal: 2, placesLeft: 2 });
    expect(await takePlace(db(), offer.id)).toBe('taken');
    expect(await takePlace(db(), offer.id)).toBe('taken');
    expect(await takePlace(db(), offer.id)).toBe('full');
    // Enrolments do not make its manager's open form stale.
    expect(await placesLeft(offer.id)).toEqual({ left: 0, version: 1 });
    expect(await releasePlace(db(), offer.id)).toBe(true);
    expect(await releasePlace(db(), offer.id)).toBe(true);
    // A place released twice is not created out of nothing.
    expect(await releasePlace(db(), offer.id)).toBe(false);
    expect((await placesLeft(offer.id))?.left).toBe(2);
  });

  it('counts nothing when places are not counted, and refuses a closed or unknown offer', async () => {
    const provider = await buildInstitution(db());
    const open = await buildOpportunity(db(), provider.id, { placesTotal: null, placesLeft: null });
    expect(await takePlace(db(), open.id)).toBe('taken');
    expect((await placesLeft(open.id))?.left).toBeNull();
    expect(await releasePlace(db(), open.id)).toBe(false);
    const closed = await buildOpportunity(db(), provider.id, {
      closedAt: new Date(),
      active: false,
    });
    expect(await takePlace(db(), closed.id)).toBe('closed');
    expect((await placesLeft(closed.id))?.left).toBe(10);
    expect(await takePlace(db(), crypto.randomUUID())).toBe('closed');
  });

  it('lets exactly one of two concurrent enrolments take the last place', async () => {
    const provider = await buildInstitution(db());
    const offer = await buildOpportunity(db(), provider.id, { placesTotal: 5, placesLeft: 1 });
    // Each enrolment holds its transaction open a moment after taking, as the pathway does
    // while it records the step: the second waits on the row, then finds no place left.
    const enrol = () =>
      db().transaction(async (tx) => {
        const outcome = await takePlace(tx, offer.id);
        await pause(50);
        return outcome;
      });
    const outcomes = await Promise.all([enrol(), enrol()]);
    expect(outcomes.sort()).toEqual(['full', 'taken']);
    expect((await placesLeft(offer.id))?.left).toBe(0);
  });

  it(`never gives more places than there are under a crowd of enrolments [${engine}]`, async () => {
    const provider = await buildInstitution(db());
    const offer = await buildOpportunity(db(), provider.id, { placesTotal: 5, placesLeft: 5 });
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () =>
        db().transaction(async (tx) => {
          const outcome = await takePlace(tx, offer.id);
          await pause(5);
          return outcome;
        }),
      ),
    );
    expect(outcomes.filter((o) => o === 'taken')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'full')).toHaveLength(7);
    expect((await placesLeft(offer.id))?.left).toBe(0);
  });
});
