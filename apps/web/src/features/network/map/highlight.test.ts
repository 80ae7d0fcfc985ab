import { describe, expect, it } from 'vitest';
import { EDGES, mapColumns, node, NODES } from '../testing';
import { buildGraph } from './buildGraph';
import { highlightReducers } from './highlight';
import { DIMMED_COLOR } from './palette';

const graph = buildGraph(
  mapColumns(
    [...NODES, node('org-msf', 'MSF')],
    [...EDGES, { source: 'org-who', target: 'org-msf', kinds: ['partners_with'], weight: 1 }],
  ),
  'pagerank',
);
const attributes = (id: string) => graph.getNodeAttributes(id);
const edge = (a: string, b: string) => graph.edge(a, b)!;

describe('highlightReducers', () => {
  it('keeps the focus and its neighbours, dims the rest and hides the ties not of the focus', () => {
    const { nodeReducer, edgeReducer } = highlightReducers(graph, {
      focus: 'org-path',
      selected: null,
      marked: new Set(),
    });
    expect(nodeReducer('org-path', attributes('org-path'))).toMatchObject({ highlighted: true, forceLabel: true });
    expect(nodeReducer('org-gavi', attributes('org-gavi'))).toMatchObject({
      color: attributes('org-gavi').color,
      forceLabel: true,
    });
    expect(nodeReducer('org-who', attributes('org-who'))).toMatchObject({ color: DIMMED_COLOR, label: null });
    expect(
      edgeReducer(edge('org-gavi', 'org-path'), graph.getEdgeAttributes(edge('org-gavi', 'org-path'))).hidden,
    ).toBeFalsy();
    expect(edgeReducer(edge('org-gavi', 'org-who'), graph.getEdgeAttributes(edge('org-gavi', 'org-who'))).hidden).toBe(
      true,
    );
  });

  it('changes nothing without a focus, but rings the selected and marked organizations', () => {
    const { nodeReducer, edgeReducer } = highlightReducers(graph, {
      focus: null,
      selected: 'org-who',
      marked: new Set(['org-msf']),
    });
    expect(nodeReducer('org-path', attributes('org-path'))).toEqual(attributes('org-path'));
    expect(nodeReducer('org-who', attributes('org-who'))).toMatchObject({ highlighted: true, forceLabel: true });
    expect(nodeReducer('org-msf', attributes('org-msf'))).toMatchObject({ highlighted: true });
    const tie = edge('org-who', 'org-msf');
    expect(edgeReducer(tie, graph.getEdgeAttributes(tie))).toEqual(graph.getEdgeAttributes(tie));
  });

  it('ignores a focus that is not on the map (another scope)', () => {
    const { nodeReducer } = highlightReducers(graph, {
      focus: 'org-elsewhere',
      selected: 'org-elsewhere',
      marked: new Set(),
    });
    expect(nodeReducer('org-who', attributes('org-who'))).toEqual(attributes('org-who'));
  });
});
