import type { StaffRole } from '@sanad/core';
import { useState } from 'preact/hooks';
import { createUser, updateUser } from '../../api/admin.ts';
import type { CreateUserInput, StaffUserView, UpdateUserInput } from '../../api/types.ts';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { problemOf, type FormProblem } from '../../forms.ts';
import { isolate } from '../../i18n/bidi.ts';
import { ENDONYMS, LOCALES, type Locale } from '../../i18n/locale.ts';
import { roleLabel, staffRoles } from '../../vocabulary.ts';
import { InstitutionSelect } from './institution-select.tsx';
import { ScopeFields, type ScopeValue } from './scope-fields.tsx';

/** Roles that belong to a partner institution: the institution is required for them. */
const INSTITUTION_ROLES: ReadonlySet<StaffRole> = new Set([
  'institution_agent',
  'institution_manager',
]);

const SHOWN_FIELDS = [
  'email',
  'displayName',
  'role',
  'scopeLevel',
  'scopeRegion',
  'scopeProvince',
  'institutionId',
  'locale',
];

interface Props {
  /** The account to edit; none to create one. */
  readonly user?: StaffUserView;
  readonly onCreated: (user: StaffUserView, temporaryPassword: string) => void;
  readonly onUpdated: (user: StaffUserView) => void;
  readonly onClose: () => void;
}

interface Draft extends ScopeValue {
  readonly email: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly institutionId: string;
  readonly locale: Locale;
}

function draftOf(user: StaffUserView | undefined, locale: Locale): Draft {
  return {
    email: user?.email ?? '',
    displayName: user?.displayName ?? '',
    role: user?.role ?? 'listener',
    scopeLevel: user?.scope.level ?? 'national',
    scopeRegion: user?.scope.region ?? '',
    scopeProvince: user?.scope.province ?? '',
    institutionId: user?.institution?.id ?? '',
    locale,
  };
}

/** Only the scope fields the level uses, and nothing empty: the server refuses blanks. */
function scopeInput(draft: Draft) {
  return {
    scopeLevel: draft.scopeLevel,
    ...(draft.scopeLevel === 'region' && draft.scopeRegion
      ? { scopeRegion: draft.scopeRegion }
      : {}),
    ...(draft.scopeLevel === 'province' && draft.scopeProvince
      ? { scopeProvince: draft.scopeProvince }
      : {}),
  };
}

/** Create an account, or edit one's name, role, scope and institution. */
export function UserFormDialog({ user, onCreated, onUpdated, onClose }: Props) {
  const { api, locale, t } = useConsole();
  const [draft, setDraft] = useState<Draft>(() => draftOf(user, locale));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const set = (change: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...change }));
  };
  const errors = problem?.fields ?? {};

  const submit = async () => {
    setBusy(true);
    setProblem(undefined);
    const institution = draft.institutionId ? { institutionId: draft.institutionId } : {};
    try {
      if (user) {
        const changes: UpdateUserInput = {
          displayName: draft.displayName.trim(),
          role: draft.role,
          ...scopeInput(draft),
          // "None" on an account that had an institution takes it out of it.
          institutionId: draft.institutionId || (user.institution ? null : undefined),
        };
        onUpdated(await updateUser(api, user.id, changes));
      } else {
        const input: CreateUserInput = {
          email: draft.email.trim(),
          displayName: draft.displayName.trim(),
          role: draft.role,
          ...scopeInput(draft),
          ...institution,
          locale: draft.locale,
        };
        const created = await createUser(api, input);
        onCreated(created.user, created.temporaryPassword);
      }
    } catch (error) {
      setProblem(problemOf(error, t));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={user ? t.editUserTitle(isolate(user.displayName)) : t.createUserTitle}
      onClose={onClose}
    >
      <form
        class="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void submit();
        }}
      >
        <FormAlert problem={problem} shownFields={SHOWN_FIELDS} />
        {!user && (
          <TextField
            label={t.email}
            type="email"
            name="email"
            autoComplete="off"
            required
            autoFocus
            value={draft.email}
            onInput={(email) => {
              set({ email });
            }}
            error={errors['email']}
          />
        )}
        <TextField
          label={t.fullName}
          name="displayName"
          autoComplete="off"
          required
          autoFocus={Boolean(user)}
          value={draft.displayName}
          onInput={(displayName) => {
            set({ displayName });
          }}
          error={errors['displayName']}
        />
        <SelectField
          label={t.role}
          name="role"
          required
          value={draft.role}
          onChange={(role) => {
            set({ role: role as StaffRole });
          }}
          error={errors['role']}
        >
          {staffRoles.codes.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role, locale)}
            </option>
          ))}
        </SelectField>
        <ScopeFields value={draft} onChange={set} errors={errors} />
        <InstitutionSelect
          value={draft.institutionId}
          required={INSTITUTION_ROLES.has(draft.role)}
          onChange={(institutionId) => {
            set({ institutionId });
          }}
          error={errors['institutionId']}
        />
        {!user && (
          <SelectField
            label={t.userLocale}
            name="locale"
            value={draft.locale}
            onChange={(chosen) => {
              set({ locale: chosen as Locale });
            }}
            error={errors['locale']}
          >
            {LOCALES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {ENDONYMS[candidate]}
              </option>
            ))}
          </SelectField>
        )}
        <div class="actions">
          <button type="button" class="button button--secondary" onClick={onClose}>
            {t.cancel}
          </button>
          <button type="submit" class="button" disabled={busy} aria-busy={busy}>
            {busy ? t.working : user ? t.save : t.createUserSubmit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
