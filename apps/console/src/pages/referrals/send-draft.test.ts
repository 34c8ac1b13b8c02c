import { describe, expect, it } from 'vitest';
import { proposalFixture } from './referral-fixture.ts';
import {
  chooseConsent,
  createInputOf,
  initialSendDraft,
  sendInputOf,
  toggleService,
} from './send-draft.ts';

const proposal = proposalFixture();
const fresh = initialSendDraft(proposal, 'phone');

describe('the send dialog', () => {
  it('asks for everything the institution covers of her needs', () => {
    expect(fresh).toEqual({
      services: ['shelter', 'listening'],
      consentNow: false,
      channel: 'phone',
      override: false,
      overrideReason: '',
    });
    expect(toggleService(fresh, 'shelter', false).services).toEqual(['listening']);
  });

  it('sends at once when her consent is on record', () => {
    const check = createInputOf(fresh, 'i2', { consentOnRecord: true, emergency: false });
    expect(check).toEqual({
      ok: true,
      input: { institutionId: 'i2', services: ['shelter', 'listening'], send: true },
    });
  });

  it('records her consent given now, through the channel chosen', () => {
    const draft = { ...chooseConsent(fresh, 'now', true), channel: 'walk_in' as const };
    expect(createInputOf(draft, 'i2', { consentOnRecord: false, emergency: false })).toEqual({
      ok: true,
      input: {
        institutionId: 'i2',
        services: ['shelter', 'listening'],
        send: true,
        consent: { channel: 'walk_in' },
      },
    });
  });

  it('refuses to send without consent, and names what is missing', () => {
    const none = toggleService(toggleService(fresh, 'shelter', false), 'listening', false);
    expect(createInputOf(none, 'i2', { consentOnRecord: false, emergency: true })).toEqual({
      ok: false,
      problems: { consent: 'required', services: 'required' },
    });
  });

  it('overrides only in an emergency, and only with a reason', () => {
    const override = chooseConsent(fresh, 'override', true);
    expect(createInputOf(override, 'i2', { consentOnRecord: false, emergency: true })).toEqual({
      ok: false,
      problems: { 'emergencyOverride.reason': 'required' },
    });
    const reasoned = {
      ...override,
      overrideReason: '  She is unconscious, the attacker is there. ',
    };
    expect(createInputOf(reasoned, 'i2', { consentOnRecord: false, emergency: true })).toEqual({
      ok: true,
      input: {
        institutionId: 'i2',
        services: ['shelter', 'listening'],
        send: true,
        emergencyOverride: { reason: 'She is unconscious, the attacker is there.' },
      },
    });
    expect(createInputOf(reasoned, 'i2', { consentOnRecord: false, emergency: false })).toEqual({
      ok: false,
      problems: { consent: 'required' },
    });
  });

  it('keeps one way of meeting consent at a time', () => {
    const now = chooseConsent(fresh, 'now', true);
    const override = chooseConsent(now, 'override', true);
    expect([override.consentNow, override.override]).toEqual([false, true]);
    const back = chooseConsent(override, 'now', true);
    expect([back.consentNow, back.override]).toEqual([true, false]);
  });

  it('sends a draft with its version, and the consent or override chosen', () => {
    expect(sendInputOf(fresh, 4, false)).toEqual({ ok: true, input: { version: 4 } });
    expect(sendInputOf(chooseConsent(fresh, 'now', true), 4, false)).toEqual({
      ok: true,
      input: { version: 4, consent: { channel: 'phone' } },
    });
    expect(sendInputOf(chooseConsent(fresh, 'override', true), 4, true)).toEqual({
      ok: false,
      problems: { 'emergencyOverride.reason': 'required' },
    });
  });
});
