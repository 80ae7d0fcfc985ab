import type {
  HasRequiredKeys,
  OperationRequestBodyContent,
  PathsWithMethod,
  SuccessResponseJSON,
} from 'openapi-typescript-helpers';
import type { components, paths } from '../generated/api-types';

/** The api's routes by their path under /api, as generated from its OpenAPI document (`npm run api:generate`). */
type Routes = { [P in keyof paths as P extends `/api${infer Route}` ? Route : never]: paths[P] };

export type ApiMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A route template answering `M`, such as `/hubs/{hubId}/tasks`. */
export type ApiRoute<M extends ApiMethod> = PathsWithMethod<Routes, M>;

type OperationShape = { parameters: { path?: unknown; query?: unknown }; responses: unknown };
type Operation<M extends ApiMethod, R extends ApiRoute<M>> =
  Routes[R] extends Record<M, infer O extends OperationShape> ? O : never;

/** What the route answers on success (undefined for 204). */
export type ApiAnswer<M extends ApiMethod, R extends ApiRoute<M>> = SuccessResponseJSON<Operation<M, R>>;

type Body<B> = [B] extends [undefined] ? { body?: never } : string extends B ? { body: B | Blob } : { body: B };

/**
 * A call's path parameters, query and body as the route declares them: required ones must be given. A route that takes
 * a file as text takes it as a Blob too.
 */
export type ApiCallOptions<M extends ApiMethod, R extends ApiRoute<M>> = Pick<
  Operation<M, R>['parameters'],
  'path' | 'query'
> &
  Body<OperationRequestBodyContent<Operation<M, R>>> & { signal?: AbortSignal };

/** The options argument: optional when nothing in it is required. */
export type ApiCallArgs<M extends ApiMethod, R extends ApiRoute<M>> =
  HasRequiredKeys<ApiCallOptions<M, R>> extends never
    ? [options?: ApiCallOptions<M, R>]
    : [options: ApiCallOptions<M, R>];

/** A schema of the api's document by name, for shapes a component holds rather than fetches. */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];
