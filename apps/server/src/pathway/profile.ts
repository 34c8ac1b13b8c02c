import { findProvince, profileFromIntake, type Actor, type EconomicProfile } from '@sanad/core';
import { eq, sql } from 'drizzle-orm';
import type { CaseRow } from '../cases/load.ts';
import type { KeyBox } from '../cases/key-box.ts';
import type { Db } from '../db/database.ts';
import { economicProfiles, intakeDetails } from '../db/schema/index.ts';
import { placeOf } from '../platform/crypto/envelope.ts';
import { AppError, invalidField } from '../platform/errors.ts';
import type { ProfileBody } from './schemas.ts';

/** The profile with plain arrays, as an answer carries it. */
export const plainProfile = (profile: EconomicProfile) => ({
  ...profile,
  seeking: [...profile.seeking],
  languages: [...profile.languages],
});

/** Her profile as the pathway reads it, with where it came from. */
export interface ProfileState {
  readonly profile: EconomicProfile;
  /** Her skills in her own words (decrypted), if she gave them. */
  readonly skills: string | null;
  /** 0 while nothing was saved: the first save must say 0. */
  readonly version: number;
  /** `saved`: edited on the case; `request`: read from her support request; `none`: not asked. */
  readonly source: 'saved' | 'request' | 'none';
}

/**
 * Reads her profile: the saved one, or else what her support request already said (so nothing is
 * asked twice), or else an empty one placed in the case's province.
 */
export async function readProfile(tx: Db, box: KeyBox, kase: CaseRow): Promise<ProfileState> {
  const [saved] = await tx
    .select()
    .from(economicProfiles)
    .where(eq(economicProfiles.caseId, kase.id));
  if (saved) {
    const regionCode = saved.provinceCode
      ? (findProvince(saved.provinceCode)?.regionCode ?? null)
      : kase.regionCode;
    return {
      profile: {
        seeking: saved.seeking,
        provinceCode: saved.provinceCode,
        regionCode,
        ageBand: saved.ageBand,
        schooling: saved.schooling,
        literate: saved.literate,
        needsChildcare: saved.needsChildcare,
        mobility: saved.mobility,
        availability: saved.availability,
        languages: saved.languages,
      },
      skills: await box.text(
        kase.dataKeyId,
        saved.skillsEnc,
        placeOf('economic_profiles', 'skills_enc', kase.id),
      ),
      version: saved.version,
      source: 'saved',
    };
  }
  const [intake] = await tx.select().from(intakeDetails).where(eq(intakeDetails.caseId, kase.id));
  const asked = intake !== undefined && intake.seeking.length > 0;
  const profile = profileFromIntake({
    seeking: intake?.seeking ?? [],
    provinceCode: kase.provinceCode,
    ageBand: intake?.ageBand ?? null,
    schooling: intake?.schooling ?? null,
    needsChildcare: intake?.needsChildcare ?? null,
    needsMobility: intake?.needsMobility ?? null,
  });
  return {
    profile: { ...profile, regionCode: profile.regionCode ?? kase.regionCode },
    skills: intake
      ? await box.text(
          kase.dataKeyId,
          intake.skillsEnc,
          placeOf('intake_details', 'skills_enc', kase.id),
        )
      : null,
    version: 0,
    source: asked ? 'request' : 'none',
  };
}

/**
 * Saves her profile (first save creates it, later ones need the version read), her skills sealed
 * under the case key. Returns the new version.
 */
export async function saveProfile(
  tx: Db,
  box: KeyBox,
  actor: Actor,
  kase: CaseRow,
  body: ProfileBody,
  now: Date,
): Promise<number> {
  if (body.provinceCode !== null && !findProvince(body.provinceCode)) {
    throw invalidField('body.provinceCode', 'invalid_choice');
  }
  const skillsEnc =
    body.skills === null || body.skills === ''
      ? null
      : await box.sealText(
          kase.dataKeyId,
          body.skills,
          placeOf('economic_profiles', 'skills_enc', kase.id),
        );
  const values = {
    seeking: [...new Set(body.seeking)],
    provinceCode: body.provinceCode,
    ageBand: body.ageBand,
    schooling: body.schooling,
    literate: body.literate,
    needsChildcare: body.needsChildcare,
    mobility: body.mobility,
    availability: body.availability,
    languages: [...new Set(body.languages)],
    skillsEnc,
    updatedBy: actor.id,
    updatedAt: now,
  };
  if (body.version === 0) {
    const inserted = await tx
      .insert(economicProfiles)
      .values({ caseId: kase.id, ...values, version: 1 })
      .onConflictDoNothing()
      .returning({ version: economicProfiles.version });
    if (inserted.length === 0) throw await staleProfile(tx, kase.id);
    return 1;
  }
  const [updated] = await tx
    .update(economicProfiles)
    .set({ ...values, version: sql`${economicProfiles.version} + 1` })
    .where(
      sql`${economicProfiles.caseId} = ${kase.id} AND ${economicProfiles.version} = ${body.version}`,
    )
    .returning({ version: economicProfiles.version });
  if (!updated) throw await staleProfile(tx, kase.id);
  return updated.version;
}

async function staleProfile(tx: Db, caseId: string): Promise<AppError> {
  const [current] = await tx
    .select({ version: economicProfiles.version })
    .from(economicProfiles)
    .where(eq(economicProfiles.caseId, caseId));
  return new AppError('stale_version', { current: { version: current?.version ?? 0 } });
}
