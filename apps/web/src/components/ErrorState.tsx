import { Alert, Button } from '@mantine/core';
import { errorMessage } from '../lib/api';

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert color="red" title="Could not load this" role="alert">
      {errorMessage(error)}
      {onRetry && (
        <Button size="xs" variant="light" color="red" ml="sm" onClick={onRetry}>
          Retry
        </Button>
      )}
    </Alert>
  );
}
