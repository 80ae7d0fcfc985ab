import type { FieldRule } from '@hubspoke/contracts';
import { ApiRequestError } from './api';

/**
 * The one catalogue of what people read when a field is wrong, keyed by field and rule (the api's `fields` and the
 * forms' own checks use the same rule names). A message for `field.rule` wins over the rule's general one; a rule the
 * catalogue does not know reads GENERIC. No validator text ever reaches a person.
 */
const BY_FIELD_AND_RULE: Record<string, string> = {
  'title.isNotEmpty': 'Give it a title',
  'title.isLength': 'Give it a title of at most 200 characters',
  'unit.isNotEmpty': 'Say what it is measured in, such as % or tonnes',
  'unit.isLength': 'Say what it is measured in, in at most 40 characters',
  'unit.unitInRollUp': 'The unit cannot change while this goal takes part in a roll-up',
  'baseline.isNotEmpty': 'Enter where it starts from',
  'target.isNotEmpty': 'Enter where it should get to',
  'target.differsFromBaseline': 'The target must differ from the baseline',
  'target.aboveBaseline': 'For a goal that increases, the target must be above the baseline',
  'target.belowBaseline': 'For a goal that decreases, the target must be below the baseline',
  'startDate.isNotEmpty': 'Pick the date it starts',
  'dueDate.isNotEmpty': 'Pick the date it is due',
  'dueDate.afterStartDate': 'The due date must come after the start date',
  'ownerOrganizationId.isNotEmpty': 'Choose the organization that owns it',
  'ownerOrganizationId.isUuid': 'Choose the organization that owns it',
  'ownerOrganizationId.hubOrganization': 'Choose one of the hub’s member organizations',
  'indicatorCode.matches': 'Choose an SDG indicator from the list',
  'indicatorCode.sdgIndicator': 'Choose an SDG indicator from the list',
  'customMetricId.oneMeasure': 'Measure an SDG indicator or a custom metric, not both',
  'customMetricId.usableMetric': 'Choose a metric of this hub or of a public hub',
  'parentId.parentGoal': 'Choose another goal of this hub that is not one of its own sub-goals',
  'workingGroupId.activeGroup': 'Choose one of the hub’s active working groups',
  'visibility.needsGroup': 'Choose a working group to keep it to that group',
  'value.isNotEmpty': 'Enter the value you measured',
  'observedAt.isNotEmpty': 'Pick the date it was observed',
  'observedAt.notInFuture': 'The observation cannot be dated more than a day ahead',
  'evidenceUrl.isUrl': 'Enter a web address starting with https://',
  'note.isNotEmpty': 'Say why, so the reporting organization can correct it',
};

const BY_RULE: Record<string, string> = {
  isNotEmpty: 'This is required',
  isString: 'Enter text here',
  isNumber: 'Enter a number',
  min: 'This number is too small',
  max: 'This number is too large',
  maxLength: 'This is too long',
  isLength: 'This is too long',
  isUuid: 'Choose one from the list',
  isIn: 'Choose one of the options',
  matches: 'This is not in the expected form',
  isIso8601: 'Pick a real date',
  isUrl: 'Enter a web address starting with https://',
  unknownField: 'This field is not expected here',
  noNul: 'Remove the invisible control characters',
};

const GENERIC = 'Check this value';

/** What a person reads for a field that broke a rule. */
export function fieldMessage(field: string, rule: string): string {
  return BY_FIELD_AND_RULE[`${field}.${rule}`] ?? BY_RULE[rule] ?? GENERIC;
}

/**
 * The api's field errors in people's words, one message per field (the first rule it broke). From `fields`; an older
 * answer with only `details` gets the general words per field, never its validator text.
 */
export function humanFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiRequestError)) return {};
  const rules: FieldRule[] =
    error.body.fields ?? Object.keys(error.details).map((field) => ({ field, rule: 'unknownRule' }));
  const messages: Record<string, string> = {};
  for (const { field, rule } of rules) messages[field] ??= fieldMessage(field, rule);
  return messages;
}
