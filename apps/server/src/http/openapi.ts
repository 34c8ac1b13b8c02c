import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/**
 * The OpenAPI document is generated from the same Zod schemas that validate requests, so it
 * cannot drift from the code. JSON at `/api/docs/json`, browsable at `/api/docs`.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Sanad API',
        version: '1',
        description:
          'Sanad (سند): the national platform protecting women and girls who suffer violence. ' +
          'Errors share one envelope: `{ error: { code, message, messageKey, requestId, fields?, current? } }`; `current` carries the state a conflict was refused against (the current version of a case, who already claimed it).',
      },
      tags: [
        { name: 'operations', description: 'Liveness and readiness' },
        { name: 'territory', description: 'Regions and prefectures/provinces of Morocco' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
}
