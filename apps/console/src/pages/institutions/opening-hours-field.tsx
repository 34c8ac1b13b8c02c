import type { Weekday } from '@sanad/core';
import { Checkbox } from '../../components/ui/checkbox.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import type { InstitutionFormMessages } from '../../i18n/catalogue/institution-form.ts';
import { EMPTY_WEEK, OFFICE_WEEK, WEEK, type ScheduleDraft } from './schedule-draft.ts';

/** A weekday's name in the reader's language. */
export function dayName(day: Weekday, t: InstitutionFormMessages): string {
  switch (day) {
    case 'mon':
      return t.dayMon;
    case 'tue':
      return t.dayTue;
    case 'wed':
      return t.dayWed;
    case 'thu':
      return t.dayThu;
    case 'fri':
      return t.dayFri;
    case 'sat':
      return t.daySat;
    case 'sun':
      return t.daySun;
  }
}

interface Props {
  readonly open247: boolean;
  readonly schedule: ScheduleDraft;
  readonly onChange: (change: { open247?: boolean; schedule?: ScheduleDraft }) => void;
  /** Messages keyed `openingHours` (the week) and `openingHours.<day>`. */
  readonly errors: Readonly<Record<string, string>>;
}

/**
 * Opening hours: open 24/7, or a week of hours typed per day. What the reader types is checked
 * with core's own parser when the form is sent; public holidays follow core's calendar.
 */
export function OpeningHoursField({ open247, schedule, onChange, errors }: Props) {
  const { t } = useConsole();
  const weekError = errors['openingHours'];
  return (
    <fieldset class={`fieldset${weekError ? ' field--invalid' : ''}`}>
      <legend>{t.hoursLegend}</legend>
      <Checkbox
        name="open247"
        label={t.open247}
        checked={open247}
        onChange={(checked) => {
          onChange({ open247: checked });
        }}
      />
      {!open247 && (
        <>
          <p class="field__hint">{t.hoursHint}</p>
          {weekError && (
            <p class="field__error" role="alert">
              {weekError}
            </p>
          )}
          <div class="form-grid">
            {WEEK.map((day) => (
              <TextField
                key={day}
                label={dayName(day, t)}
                name={`hours-${day}`}
                dir="ltr"
                autoComplete="off"
                value={schedule[day]}
                onInput={(text) => {
                  onChange({ schedule: { ...schedule, [day]: text } });
                }}
                error={errors[`openingHours.${day}`]}
              />
            ))}
          </div>
          <div class="actions">
            <button
              type="button"
              class="button button--small button--secondary"
              onClick={() => {
                onChange({ schedule: OFFICE_WEEK });
              }}
            >
              {t.hoursOffice}
            </button>
            <button
              type="button"
              class="button button--small button--secondary"
              onClick={() => {
                onChange({ schedule: EMPTY_WEEK });
              }}
            >
              {t.hoursClear}
            </button>
          </div>
        </>
      )}
      <p class="field__hint">{t.hoursHolidays}</p>
    </fieldset>
  );
}
