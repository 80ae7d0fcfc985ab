import { schemaResolver, type UseFormReturnType } from '@mantine/form';
import { useEffect } from 'react';
import type { z } from 'zod';
import { fieldMessage, humanFieldErrors } from './fieldMessages';

/**
 * The app's form pattern: `useForm` from @mantine/form, checked before sending by a zod schema whose messages come from
 * the one catalogue (lib/fieldMessages.ts), and the api's field errors shown under the same fields in the same words.
 *
 *   const form = useForm({ initialValues, validate: formRules(schema) });
 *   useApiFieldErrors(form, mutation.error);
 *   <form onSubmit={form.onSubmit((values) => mutation.mutate(toBody(values)))}>
 *     <TextInput {...form.getInputProps('title')} />
 */
export function formRules(schema: z.ZodType) {
  return schemaResolver(schema, { sync: true });
}

/** A zod check's error in the catalogue's words: `z.string().min(1, rule('title', 'isNotEmpty'))`. */
export const rule = (field: string, name: string) => ({ error: fieldMessage(field, name) });

/** Shows the api's field errors under the form's fields whenever a new error comes back. */
export function useApiFieldErrors<V>(form: UseFormReturnType<V>, error: unknown): void {
  const { setErrors } = form;
  useEffect(() => {
    const errors = humanFieldErrors(error);
    if (Object.keys(errors).length > 0) setErrors(errors);
  }, [error, setErrors]);
}

/** Whether the api's error is about fields the form shows (then no separate alert is needed). */
export const isFieldError = (error: unknown) => Object.keys(humanFieldErrors(error)).length > 0;
