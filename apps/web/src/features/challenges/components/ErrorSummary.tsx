import { Alert, List } from '@mantine/core';
import { ApiRequestError, errorMessage, fieldErrors } from '../../../lib/api';

/** Every message of a failed request, announced; field errors by their path (`rubric.0.weight`). */
export function ErrorSummary({ error, shown = [] }: { error: unknown; shown?: string[] }) {
  if (!error) return null;
  const fields = Object.entries(fieldErrors(error)).filter(([key]) => !shown.includes(key));
  const hasDetails = error instanceof ApiRequestError && Object.keys(error.details).length > 0;
  if (hasDetails && fields.length === 0) return null;
  return (
    <Alert color="red" role="alert" title={hasDetails ? 'Some fields are invalid' : undefined}>
      {hasDetails ? (
        <List size="sm">
          {fields.map(([key, message]) => (
            <List.Item key={key}>
              {key}: {message}
            </List.Item>
          ))}
        </List>
      ) : (
        errorMessage(error)
      )}
    </Alert>
  );
}
