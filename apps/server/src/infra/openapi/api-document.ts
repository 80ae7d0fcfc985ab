import type { INestApplication } from '@nestjs/common';
import {
  DocumentBuilder,
  getSchemaPath,
  SwaggerModule,
  type OpenAPIObject,
  type OperationObject,
} from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';
import { ApiErrorDto } from '../http/api-errors.decorator';
import { OPERATION_MARKS } from './operation-marks';

const BEARER = 'bearer';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** `HubsController.create` → `Hubs_create`: unique while no controller has two handlers of one name. */
const operationId = (controller: string, method: string) => `${controller.replace(/Controller$/, '')}_${method}`;

/**
 * The api's OpenAPI document, the source of the web's generated client (`npm run api:generate`). Every operation
 * needs the bearer token but those marked @Public() (`security: []`), and can answer 429 but those marked
 * @NoRateLimit(): the read and write limits cover every other route.
 */
export function buildApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Hubspoke API')
      .setDescription('Hubs, member spokes, goals, tasks and their activity. Every error has the ApiError shape.')
      .setVersion('1')
      .addServer('/', 'This server: the api and the web app share one origin')
      .addBearerAuth(undefined, BEARER)
      .addSecurityRequirements(BEARER)
      .build(),
    { operationIdFactory: operationId, extraModels: [ApiErrorDto] },
  );
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = path[method];
      if (operation) applyMarks(operation);
    }
  }
  return document;
}

function applyMarks(operation: OperationObject): void {
  if (OPERATION_MARKS.public in operation) operation.security = [];
  if (!(OPERATION_MARKS.unlimited in operation)) {
    operation.responses['429'] ??= {
      description: STATUS_CODES[429] ?? 'Too Many Requests',
      content: { 'application/json': { schema: { $ref: getSchemaPath(ApiErrorDto) } } },
    };
  }
  for (const mark of Object.values(OPERATION_MARKS)) Reflect.deleteProperty(operation, mark);
}
