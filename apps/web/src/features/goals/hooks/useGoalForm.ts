import { useForm } from '@mantine/form';
import { formRules } from '../../../lib/forms';
import { goalSchema, type GoalFormValues } from '../components/goalForm';

/** The goal form's state, checked by the goal schema before anything is sent. */
export function useGoalForm(initialValues: GoalFormValues) {
  return useForm<GoalFormValues>({ initialValues, validate: formRules(goalSchema) });
}
