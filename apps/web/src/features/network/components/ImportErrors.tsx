import type { ImportRowErrorDto } from '@hubspoke/contracts';
import { List, Table } from '@mantine/core';

/** The import keeps at most this many bad rows. */
export const MAX_ROW_ERRORS = 1_000;

/** Every bad row of a failed import with its reasons. */
export function ImportErrors({ errors }: { errors: ImportRowErrorDto[] }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder aria-label="Rows with problems">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Table</Table.Th>
            <Table.Th>Row</Table.Th>
            <Table.Th>Problems</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((error) => (
            <Table.Tr key={`${error.table}-${error.row}`}>
              <Table.Td>{error.table}</Table.Td>
              <Table.Td>{error.row === 0 ? 'the file' : error.row}</Table.Td>
              <Table.Td>
                {error.reasons.length === 1 ? (
                  error.reasons[0]
                ) : (
                  <List size="sm">
                    {error.reasons.map((reason) => (
                      <List.Item key={reason}>{reason}</List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
