import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.ts';
import type { Vocabulary } from '../vocabulary/define.ts';
import { closingReasons, reopeningReasons } from './closing-reasons.ts';
import { MESSAGE_TEMPLATES, messageTemplatesUnverifiedZgh } from './message-templates.ts';

describe('message templates', () => {
  it('has 5 to 8 templates with unique ids, each in the four languages', () => {
    expect(MESSAGE_TEMPLATES.length).toBeGreaterThanOrEqual(5);
    expect(MESSAGE_TEMPLATES.length).toBeLessThanOrEqual(8);
    expect(new Set(MESSAGE_TEMPLATES.map((t) => t.id)).size).toBe(MESSAGE_TEMPLATES.length);
    for (const template of MESSAGE_TEMPLATES) {
      for (const locale of LOCALES) expect(template.text[locale].trim()).not.toBe('');
      expect(template.text.ar).toMatch(/\p{Script=Arabic}/u);
      expect(template.text.zgh).toMatch(/\p{Script=Tifinagh}/u);
      expect(template.text.zgh).not.toMatch(/\p{Script=Latin}/u);
      // Short enough to read at a glance on a phone, and to fit the thread's 2000 characters.
      for (const locale of LOCALES) expect(template.text[locale].length).toBeLessThan(200);
    }
  });

  it('never uses a word that would give her away to someone reading over her shoulder', () => {
    for (const template of MESSAGE_TEMPLATES) {
      expect(template.text.en).not.toMatch(/violen|abuse|police case|complaint/i);
      expect(template.text.fr).not.toMatch(/violen|plainte/i);
      expect(template.text.ar).not.toMatch(/عنف|شكاية/u);
    }
  });

  it('flags every Tamazight text as unverified', () => {
    expect([...messageTemplatesUnverifiedZgh].sort()).toEqual(
      MESSAGE_TEMPLATES.map((t) => t.id).sort(),
    );
  });
});

describe('closing and reopening reasons', () => {
  it.each([closingReasons, reopeningReasons] as Vocabulary<string>[])(
    '$name is labelled in the four languages',
    (v) => {
      for (const code of v.codes) {
        expect(code).toMatch(/^[a-z_]+$/);
        for (const locale of LOCALES) expect(v.labels[code]?.[locale].trim()).toBeTruthy();
      }
    },
  );
});
