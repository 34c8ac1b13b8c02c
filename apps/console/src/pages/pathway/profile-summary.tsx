import type { ComponentChildren } from 'preact';
import type { ProfileView } from '../../api/pathway-types.ts';
import { useConsole } from '../../context.ts';
import { formatList } from '../../helpline-format.ts';
import { ENDONYMS, HTML_LANG } from '../../i18n/locale.ts';
import { provinceName } from '../../vocabulary.ts';
import {
  ageBandLabel,
  availabilityLabel,
  mobilityLabel,
  opportunityKindLabel,
  schoolingLabel,
} from './pathway-vocabulary.ts';
import { missingFieldText } from './reason-wording.ts';

/**
 * Her profile of needs at a glance: where it comes from (her request in the app, or saved by a
 * listener), every answer known, and what to ask her next — so she is never asked twice.
 */
export function ProfileSummary({ view }: { readonly view: ProfileView }) {
  const { locale, t } = useConsole();
  const { profile } = view;
  const notAsked = <span class="cell-note">{t.pwNotAsked}</span>;
  const known = (value: string | null | undefined): ComponentChildren =>
    value === null || value === undefined ? notAsked : value;
  const source = {
    saved: t.pwSourceSaved,
    request: t.pwSourceRequest,
    none: t.pwSourceNone,
  }[view.source];
  return (
    <div class="stack" data-profile-source={view.source}>
      <p class="cell-note">{source}</p>
      {view.missing.length > 0 && (
        <p class="alert alert--info" data-profile-missing={view.missing.join(' ')}>
          {t.pwAskNext}{' '}
          {formatList(
            view.missing.map((field) => missingFieldText(field, t)),
            locale,
          )}
        </p>
      )}
      <dl class="facts facts--compact">
        <dt>{t.pwSeeking}</dt>
        <dd>
          {profile.seeking.length === 0
            ? notAsked
            : formatList(
                profile.seeking.map((kind) => opportunityKindLabel(kind, locale)),
                locale,
              )}
        </dd>
        <dt>{t.pwProvince}</dt>
        <dd>
          {known(profile.provinceCode === null ? null : provinceName(profile.provinceCode, locale))}
        </dd>
        <dt>{t.pwAge}</dt>
        <dd>{known(profile.ageBand === null ? null : ageBandLabel(profile.ageBand, locale))}</dd>
        <dt>{t.pwSchooling}</dt>
        <dd>
          {known(profile.schooling === null ? null : schoolingLabel(profile.schooling, locale))}
        </dd>
        <dt>{t.pwLiterate}</dt>
        <dd>{known(profile.literate === null ? null : profile.literate ? t.yes : t.no)}</dd>
        <dt>{t.pwChildcare}</dt>
        <dd>{profile.needsChildcare ? t.yes : t.no}</dd>
        <dt>{t.pwMobility}</dt>
        <dd>{mobilityLabel(profile.mobility, locale)}</dd>
        <dt>{t.pwAvailability}</dt>
        <dd>
          {known(
            profile.availability === null ? null : availabilityLabel(profile.availability, locale),
          )}
        </dd>
        <dt>{t.pwLanguages}</dt>
        <dd>
          {profile.languages.length === 0
            ? notAsked
            : profile.languages.map((language, index) => (
                <span key={language}>
                  {index > 0 && ' · '}
                  <bdi lang={HTML_LANG[language]}>{ENDONYMS[language]}</bdi>
                </span>
              ))}
        </dd>
        <dt>{t.pwSkills}</dt>
        <dd>{view.skills === null ? notAsked : <bdi dir="auto">{view.skills}</bdi>}</dd>
      </dl>
    </div>
  );
}
