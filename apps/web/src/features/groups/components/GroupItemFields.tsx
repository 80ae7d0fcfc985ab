import type { ItemVisibility } from '@hubspoke/contracts';
import { Input, SegmentedControl, Select } from '@mantine/core';
import type { ReactNode } from 'react';

export interface GroupItemValues {
  workingGroupId: string | null;
  visibility: ItemVisibility;
}

interface Props {
  values: GroupItemValues;
  onChange: (values: GroupItemValues) => void;
  groupOptions: { value: string; label: string }[];
  /** Field errors by name, as the form holds them. */
  errors: Record<string, ReactNode>;
  readOnly?: boolean;
}

/** A task's or goal's working group and who sees it: the whole hub, or the group only (which needs a group). */
export function GroupItemFields({ values, onChange, groupOptions, errors, readOnly }: Props) {
  return (
    <>
      <Select
        label="Working group"
        data={groupOptions}
        value={values.workingGroupId}
        // out of every group, it is the whole hub's
        onChange={(v) => onChange({ workingGroupId: v, visibility: v ? values.visibility : 'hub' })}
        clearable
        error={errors.workingGroupId}
        readOnly={readOnly}
      />
      <Input.Wrapper label="Visible to" error={errors.visibility}>
        <SegmentedControl
          fullWidth
          value={values.visibility}
          onChange={(v) => onChange({ ...values, visibility: v as ItemVisibility })}
          readOnly={readOnly}
          data={[
            { value: 'hub', label: 'Whole hub' },
            { value: 'group', label: 'Group only', disabled: !values.workingGroupId },
          ]}
          aria-label="Visible to"
        />
      </Input.Wrapper>
    </>
  );
}
