import type { CentralityDto } from '@hubspoke/contracts';
import { Accordion, Box, Text } from '@mantine/core';
import { METRIC_LABELS } from './format';
import { INSIGHT_MEANINGS, MEASURE_MEANINGS } from './measureMeanings';

const MEASURES: (keyof CentralityDto)[] = [
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'pagerank',
  'community',
];
const INSIGHTS: [string, string][] = [
  ['Hub candidates', INSIGHT_MEANINGS.candidates],
  ['Brokers', INSIGHT_MEANINGS.brokers],
  ['Isolates', INSIGHT_MEANINGS.isolates],
];

/** The analysis' terms explained in plain words, beside the map. */
export function MeasureGlossary() {
  return (
    <Accordion variant="contained" defaultValue="terms">
      <Accordion.Item value="terms">
        <Accordion.Control>What the measures mean</Accordion.Control>
        <Accordion.Panel>
          <Box component="dl" m={0} data-testid="measure-glossary">
            {[...MEASURES.map((m): [string, string] => [METRIC_LABELS[m], MEASURE_MEANINGS[m]]), ...INSIGHTS].map(
              ([term, meaning]) => (
                <Box key={term} mb={6}>
                  <Text component="dt" size="sm" fw={600}>
                    {term}
                  </Text>
                  <Text component="dd" size="sm" m={0}>
                    {meaning}
                  </Text>
                </Box>
              ),
            )}
          </Box>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
