import { ApiException } from '../../infra/http/api-exception';

/** An archived hub can be read but not changed (the policy answers the same for member actions). */
export function hubArchived(): ApiException {
  return ApiException.conflict('This hub is archived; it can be read but not changed');
}
