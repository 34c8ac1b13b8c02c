import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/database.ts';
import { buildInstitution } from '../testing/factories.ts';
import { loadMatchableOpportunities } from './matchable.ts';
import { buildOpportunity } from './test-support.ts';

describeEachEngine('the opportunities matching reads', (database) => {
  it('offers what could concern her place, active and not closed, as matching reads it', async () => {
    const { db } = database();
    const p = (await buildInstitution(db)).id;
    const [casablanca, regionWide, settatOnly, remote, rabat, closed, expired] = await Promise.all([
      buildOpportunity(db, p, {
        provinceCodes: ['141'],
        minAge: 18,
        schoolingLevel: 'middle',
        childcare: true,
        applyBy: '2099-01-01',
      }),
      buildOpportunity(db, p, { provinceCodes: [] }),
      // Held in a province of her region, with no region of its own written down.
      buildOpportunity(db, p, { regionCode: null, provinceCodes: ['461'] }),
      buildOpportunity(db, p, { regionCode: null, provinceCodes: [], remote: true }),
      buildOpportunity(db, p, { regionCode: '04', provinceCodes: ['421'] }),
      buildOpportunity(db, p, { closedAt: new Date(), active: false }),
      buildOpportunity(db, p, { expiredAt: new Date(), active: false }),
    ]);
    const ids = async (place: Parameters<typeof loadMatchableOpportunities>[1]) => {
      const mine = new Set(
        [casablanca, regionWide, settatOnly, remote, rabat, closed, expired].map((o) => o.id),
      );
      return (await loadMatchableOpportunities(db, place))
        .map((o) => o.id)
        .filter((id) => mine.has(id))
        .sort();
    };
    const sorted = (...rows: { id: string }[]) => rows.map((r) => r.id).sort();

    expect(await ids({ regionCode: '06', provinceCode: '141' })).toEqual(
      sorted(casablanca, regionWide, settatOnly, remote),
    );
    // Her region read from her province when it was not given.
    expect(await ids({ regionCode: null, provinceCode: '141' })).toEqual(
      sorted(casablanca, regionWide, settatOnly, remote),
    );
    expect(await ids({ regionCode: null, provinceCode: null })).toEqual(sorted(remote));
    expect(await ids({ regionCode: '06', provinceCode: '141', anywhere: true })).toEqual(
      sorted(casablanca, regionWide, settatOnly, remote, rabat),
    );

    const [read] = (
      await loadMatchableOpportunities(db, { regionCode: '06', provinceCode: '141' })
    ).filter((o) => o.id === casablanca.id);
    expect(read).toEqual({
      id: casablanca.id,
      kind: 'training',
      providerId: p,
      title: casablanca.title,
      regionCode: '06',
      provinceCodes: ['141'],
      remote: false,
      startsOn: null,
      endsOn: null,
      applyBy: '2099-01-01',
      placesLeft: 10,
      minAge: 18,
      maxAge: null,
      schoolingLevel: 'middle',
      literacyRequired: false,
      childcare: true,
      transport: false,
      stipend: false,
      languages: ['ar'],
      active: true,
    });
  });
});
