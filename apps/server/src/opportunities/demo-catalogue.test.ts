import { matchOpportunities, type EconomicProfile } from '@sanad/core';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { institutions, opportunities, staffUsers } from '../db/schema/index.ts';
import { seedDemo } from '../demo/seed.ts';
import { testKeyring } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { loadMatchableOpportunities } from './matchable.ts';
import { casablancaToday } from './status.ts';

/** The woman of the browser journey: Casablanca, training, 25–34, secondary, needs childcare. */
const HER: EconomicProfile = {
  seeking: ['training', 'vocational_training'],
  provinceCode: '141',
  regionCode: '06',
  ageBand: 'age_25_34',
  schooling: 'secondary',
  literate: true,
  needsChildcare: true,
  mobility: 'region',
  availability: null,
  languages: [],
};

describeEachEngine('the demo catalogue', (database) => {
  it('gives each offer a code, a provider account, and a woman of Casablanca three matches', async () => {
    const { db } = database();
    const seededOn = new Date();
    const summary = await seedDemo(db, testKeyring(), seededOn);
    const offers = await db.select().from(opportunities);
    const keys = offers.map((o) => `${o.providerId}:${o.code ?? ''}`);
    expect(offers.every((o) => o.code !== null)).toBe(true);
    expect(new Set(keys).size).toBe(offers.length);

    // The employment agency of Casablanca-Settat signs in as a provider.
    expect(summary.accounts).toContainEqual({
      role: 'institution_agent',
      email: 'anapec@demo.sanad.ma',
      institution: 'employment_agency',
    });
    const [account] = await db
      .select({ institutionId: staffUsers.institutionId })
      .from(staffUsers)
      .where(eq(staffUsers.email, 'anapec@demo.sanad.ma'));
    const [agency] = await db
      .select()
      .from(institutions)
      .where(eq(institutions.id, account?.institutionId ?? ''));
    expect(agency).toMatchObject({ code: 'ANAPEC-06', type: 'employment_agency' });
    expect(offers.some((o) => o.providerId === agency?.id)).toBe(true);

    const candidates = await loadMatchableOpportunities(db, {
      regionCode: '06',
      provinceCode: '141',
    });
    const today = casablancaToday(seededOn);
    const { matches } = matchOpportunities(HER, candidates, today);
    const fitting = matches.filter((m) => {
      const offer = offers.find((o) => o.id === m.opportunityId);
      return offer?.childcare === true && offer.provinceCodes.includes('141');
    });
    expect(fitting.length).toBeGreaterThanOrEqual(3);
    // At least one counts its places and takes applications for weeks yet.
    const later = new Date(seededOn.getTime() + 21 * 86_400_000).toISOString().slice(0, 10);
    expect(
      fitting.some((m) => {
        const offer = offers.find((o) => o.id === m.opportunityId);
        return (offer?.placesLeft ?? 0) > 0 && (offer?.applyBy ?? '') > later;
      }),
    ).toBe(true);
  });
});
