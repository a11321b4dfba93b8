import type { ActivityKind } from '../../../src/domain/portfolio';
import { FlowNetwork } from './flow';

/**
 * Choosing WHAT counts when credit must be capped, exactly, with a max-flow.
 *
 * Network (all amounts in hundredths of a point):
 *   source ─► [outside cap node] ─► [kind cap node] ─► category node ─► sink
 * Credit from approved providers hangs off the source directly; outside credit hangs off
 * the outside-cap node (capacity = total required − approved minimum). A kind with a
 * point cap gets its own node under whichever of the two holds all its credit. Chunks of
 * credit that share a parent and a category are one edge: an activity node would never
 * constrain anything (its inflow equals the sum of its chunks), so merging keeps the
 * network a few dozen edges however many activities there are.
 *
 * Phases, each continuing the previous flow (raising capacities keeps a flow valid, and
 * augmenting never lowers the flow into the sink through any category):
 *   1a/1b  category→sink capped at the category minimum: saturate minimums, approved
 *          credit first, then outside credit too.
 *   2a/2b  category→sink raised to the category maximum: count everything else that
 *          may count, approved first.
 * Phase 1 reaches the largest possible minimum coverage, phase 2 the largest possible
 * total (the max-flow value), so category minimums are met whenever any choice can meet
 * them and the total is maximal. Approved-first keeps outside credit for where it is
 * needed. Flow on a merged edge is handed to its chunks in order (earliest activity
 * first), which makes the outcome independent of the order activities were given in.
 *
 * A kind point cap whose credit is both approved and outside cannot be nested in this
 * tree (the two limits would cross); such a kind is trimmed beforehand, approved credit
 * first and then earliest first. Built-in packs have no kind point caps.
 */

export interface CreditChunk {
  activityId: number;
  kind: ActivityKind;
  /** The pack's category key (or the entered key when the pack has no categories). */
  category: string;
  approved: boolean;
  /** Hundredths of a point, after conversion and eligibility rules. */
  points: number;
}

export interface AllocationRules {
  /** Empty when the pack has no categories: all credit goes to one open category. */
  categories: readonly { key: string; min: number; max: number | null }[];
  /** Most outside credit that may count; null when the pack has no approved-provider rule. */
  outsideCap: number | null;
  kindPointCaps: ReadonlyMap<ActivityKind, number>;
}

export type LeftOutCause =
  | { type: 'outside_cap' }
  | { type: 'category_max'; category: string }
  | { type: 'kind_cap'; kind: ActivityKind };

/** Per chunk, by index: hundredths counted and left out, and why (only where left out). */
export interface Allocation {
  counted: Float64Array;
  leftOut: Float64Array;
  causes: (LeftOutCause[] | undefined)[];
}

/** Chunks must come sorted in the order they should be preferred (earliest activity first). */
export function allocateCredit(chunks: readonly CreditChunk[], rules: AllocationRules): Allocation {
  // Typed arrays: this runs over every claimed credit on every status refresh.
  const results: Allocation = {
    counted: new Float64Array(chunks.length),
    leftOut: new Float64Array(chunks.length),
    causes: new Array<LeftOutCause[] | undefined>(chunks.length),
  };
  const available = trimCrossingKindCaps(chunks, rules, results);
  const infinity = available.reduce((sum, points) => sum + points, 1);

  const net = new FlowNetwork();
  const source = net.addNode();
  const sink = net.addNode();

  const categories = rules.categories.length > 0 ? rules.categories : [{ key: '', min: 0, max: null }];
  const categoryNodes = new Map<string, { node: number; edge: number; min: number; max: number | null }>();
  for (const category of categories) {
    const node = net.addNode();
    const firstCap = Math.min(category.min, category.max ?? category.min);
    categoryNodes.set(category.key, { node, edge: net.addEdge(node, sink, firstCap), ...category });
  }
  const categoryOf = (chunk: CreditChunk) =>
    rules.categories.length > 0 ? categoryNodes.get(chunk.category) : categoryNodes.get('');

  let outside: { node: number; edge: number } | null = null;
  if (rules.outsideCap !== null) {
    const node = net.addNode();
    outside = { node, edge: net.addEdge(source, node, 0) };
  }
  const kindNodes = nestedKindNodes(chunks, available, rules, net, source, outside);

  // One edge per (parent, category), in the order chunks first reach it.
  const groups = new Map<number, { edge: number; chunkIndexes: number[] }>();
  chunks.forEach((chunk, index) => {
    const category = categoryOf(chunk);
    if (!category || (available[index] ?? 0) <= 0) return;
    const kindNode = kindNodes.get(chunk.kind);
    const parent = kindNode ? kindNode.node : outside && !chunk.approved ? outside.node : source;
    const key = parent * 0x10000 + category.node; // a number: no string per chunk
    let group = groups.get(key);
    if (!group) {
      group = { edge: net.addEdge(parent, category.node, 0), chunkIndexes: [] };
      groups.set(key, group);
    }
    group.chunkIndexes.push(index);
    net.setCapacity(group.edge, net.capacity(group.edge) + (available[index] ?? 0));
  });

  const outsideCap = rules.outsideCap ?? 0;
  const openOutside = () => {
    if (outside) net.setCapacity(outside.edge, outsideCap);
  };
  const holdOutside = () => {
    if (outside) net.setCapacity(outside.edge, net.flow(outside.edge));
  };
  net.augment(source, sink); // 1a: minimums from approved credit
  openOutside();
  net.augment(source, sink); // 1b: minimums from any credit
  for (const category of categoryNodes.values()) net.setCapacity(category.edge, category.max ?? infinity);
  holdOutside();
  net.augment(source, sink); // 2a: the rest, approved credit first
  openOutside();
  net.augment(source, sink); // 2b: the rest

  const outsideFull = outside !== null && net.saturated(outside.edge);
  for (const group of groups.values()) {
    let flow = net.flow(group.edge);
    for (let i = 0; i < group.chunkIndexes.length; i++) {
      const index = group.chunkIndexes[i] as number;
      const points = available[index] ?? 0;
      const counted = Math.min(points, flow);
      results.counted[index] = counted;
      flow -= counted;
      if (points - counted <= 0) continue;
      results.leftOut[index] = (results.leftOut[index] ?? 0) + points - counted;
      // Name every limit on this credit's way that is full.
      const chunk = chunks[index] as CreditChunk;
      const causes = (results.causes[index] ??= []);
      if (outsideFull && !chunk.approved) causes.push({ type: 'outside_cap' });
      const kindNode = kindNodes.get(chunk.kind);
      if (kindNode && net.saturated(kindNode.edge)) causes.push({ type: 'kind_cap', kind: chunk.kind });
      const category = categoryOf(chunk);
      if (category && category.max !== null && net.saturated(category.edge)) {
        causes.push({ type: 'category_max', category: chunk.category });
      }
    }
  }
  return results;
}

/** Kinds whose capped credit is all on one side of the approved-provider rule get a node. */
function nestedKindNodes(
  chunks: readonly CreditChunk[],
  available: readonly number[],
  rules: AllocationRules,
  net: FlowNetwork,
  source: number,
  outside: { node: number } | null,
): Map<ActivityKind, { node: number; edge: number }> {
  const nodes = new Map<ActivityKind, { node: number; edge: number }>();
  for (const [kind, cap] of rules.kindPointCaps) {
    const ofKind = chunks.filter((chunk, index) => chunk.kind === kind && (available[index] ?? 0) > 0);
    if (ofKind.length === 0) continue;
    const allOutside = ofKind.every((chunk) => !chunk.approved);
    const allApproved = ofKind.every((chunk) => chunk.approved);
    if (outside && !allOutside && !allApproved) continue; // trimmed beforehand
    const parent = outside && allOutside ? outside.node : source;
    const node = net.addNode();
    nodes.set(kind, { node, edge: net.addEdge(parent, node, cap) });
  }
  return nodes;
}

/** Applies the kind caps the network cannot nest; returns each chunk's points still available. */
function trimCrossingKindCaps(
  chunks: readonly CreditChunk[],
  rules: AllocationRules,
  results: Allocation,
): number[] {
  const available = chunks.map((chunk) => chunk.points);
  if (rules.outsideCap === null) return available;
  for (const [kind, cap] of rules.kindPointCaps) {
    const indexes = chunks.flatMap((chunk, index) => (chunk.kind === kind ? [index] : []));
    const approved = indexes.filter((index) => chunks[index]?.approved);
    if (approved.length === 0 || approved.length === indexes.length) continue;
    let room = cap;
    for (const index of [...approved, ...indexes.filter((i) => !chunks[i]?.approved)]) {
      const points = available[index] ?? 0;
      const kept = Math.min(points, room);
      room -= kept;
      available[index] = kept;
      if (kept < points) {
        results.leftOut[index] = (results.leftOut[index] ?? 0) + points - kept;
        (results.causes[index] ??= []).push({ type: 'kind_cap', kind });
      }
    }
  }
  return available;
}
