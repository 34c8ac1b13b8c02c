import { describe, expect, it } from 'vitest';
import { blankCall, checkCall, contactInputOf } from './call-draft.ts';

describe('call draft', () => {
  it('asks for the type, and for a case when attaching to one', () => {
    expect(checkCall(blankCall())).toEqual({ type: 'required' });
    expect(checkCall({ ...blankCall(), type: 'silent', destination: 'existing' })).toEqual({
      caseId: 'required',
    });
    expect(checkCall({ ...blankCall(), type: 'silent', durationSeconds: '1.5' })).toEqual({
      durationSeconds: 'invalid',
    });
  });

  it('sends only what was said, and either a case id or a new case', () => {
    expect(contactInputOf({ ...blankCall('c1'), type: 'support_request', notes: '  ' })).toEqual({
      direction: 'inbound',
      channel: 'phone',
      type: 'support_request',
      caseId: 'c1',
    });
    const opened = contactInputOf({
      ...blankCall(),
      type: 'violence_report',
      phone: ' 0612345678 ',
      durationSeconds: '95',
      destination: 'new',
      newCase: { kind: 'violence_report', urgency: 'high', provinceCode: '141', areaType: '' },
    });
    expect(opened).toEqual({
      direction: 'inbound',
      channel: 'phone',
      type: 'violence_report',
      phone: '0612345678',
      durationSeconds: 95,
      openCase: { kind: 'violence_report', urgency: 'high', provinceCode: '141' },
    });
  });
});
