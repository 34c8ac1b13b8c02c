import { MESSAGE_TEMPLATES } from '@sanad/core';
import { z } from 'zod';
import type { CaseworkOptions } from './options.ts';
import type { CaseApp } from './route-support.ts';
import { searchBodySchema, searchCases, searchResultSchema } from './search.ts';

const templatesSchema = z
  .object({
    templates: z.array(
      z.object({
        id: z.string(),
        text: z.object({ ar: z.string(), fr: z.string(), zgh: z.string(), en: z.string() }),
        unverified: z
          .array(z.enum(['zgh']))
          .meta({ description: 'Languages whose text still needs a native speaker’s check' }),
      }),
    ),
  })
  .meta({ id: 'MessageTemplates' });

/** Finding a case, and the listener's ready-made messages. */
export function registerCaseSearchRoutes(app: CaseApp, options: CaseworkOptions): void {
  app.post(
    '/cases/search',
    {
      schema: {
        tags: ['cases'],
        summary: 'Find cases by tracking code, reference, phone or queue fields (audited)',
        body: searchBodySchema,
        response: { 200: searchResultSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('case.search');
      return searchCases(options.db, options.keyring, actor, request.body, request.id);
    },
  );

  app.get(
    '/message-templates',
    {
      schema: {
        tags: ['cases'],
        summary: "Short messages for a survivor's thread, in the four languages",
        response: { 200: templatesSchema },
      },
    },
    (request) => {
      // Templates are for those who write to survivors: the same grant as sending.
      request.authorize('message.send');
      return Promise.resolve({
        templates: MESSAGE_TEMPLATES.map((template) => ({
          id: template.id,
          text: { ...template.text },
          unverified: ['zgh' as const],
        })),
      });
    },
  );
}
