import type { ActivityKind } from '../portfolio';
import type { Allocation, AllocationRules, CreditChunks } from './allocation';
import type { FlowNetwork } from './flow';
import { addCause, KIND_CAP } from './left-out-causes';

/**
 * Kind point caps in the allocation network (see allocate.ts): a kind whose capped
 * credit is all approved or all outside gets its own node; one whose credit is both is
 * trimmed beforehand, approved credit first, then earliest first.
 */

/** Kinds whose capped credit is all on one side of the approved-provider rule get a node. */
export function nestedKindNodes(
  chunks: CreditChunks,
  available: Float64Array,
  rules: AllocationRules,
  net: FlowNetwork,
  source: number,
  outside: { node: number } | null,
): Map<ActivityKind, { node: number; edge: number }> {
  const nodes = new Map<ActivityKind, { node: number; edge: number }>();
  for (const [kind, cap] of rules.kindPointCaps) {
    let some = false;
    let someApproved = false;
    let someOutside = false;
    for (let i = 0; i < chunks.count; i++) {
      const owner = chunks.owner[i] as number;
      if (chunks.kindNames[chunks.kind[owner] as number] !== kind || (available[i] as number) <= 0) continue;
      some = true;
      if (chunks.approved[owner]) someApproved = true;
      else someOutside = true;
    }
    if (!some) continue;
    if (outside && someApproved && someOutside) continue; // trimmed beforehand
    const parent = outside && !someApproved ? outside.node : source;
    const node = net.addNode();
    nodes.set(kind, { node, edge: net.addEdge(parent, node, cap) });
  }
  return nodes;
}

/** Applies the kind caps the network cannot nest; returns each chunk's points still available. */
export function trimCrossingKindCaps(
  chunks: CreditChunks,
  rules: AllocationRules,
  results: Allocation,
): Float64Array {
  const { count, owner, approved, kind, kindNames } = chunks;
  const available = new Float64Array(count);
  for (let i = 0; i < count; i++) available[i] = chunks.points[i] as number;
  if (rules.outsideCap === null) return available;
  for (const [capped, cap] of rules.kindPointCaps) {
    const approvedFirst: number[] = [];
    const outsideAfter: number[] = [];
    for (let i = 0; i < count; i++) {
      if (kindNames[kind[owner[i] as number] as number] !== capped) continue;
      (approved[owner[i] as number] ? approvedFirst : outsideAfter).push(i);
    }
    if (approvedFirst.length === 0 || outsideAfter.length === 0) continue;
    let room = cap;
    for (const i of [...approvedFirst, ...outsideAfter]) {
      const points = available[i] as number;
      const kept = Math.min(points, room);
      room -= kept;
      available[i] = kept;
      if (kept < points) {
        results.leftOut[i] = (results.leftOut[i] as number) + points - kept;
        results.causes[i] = addCause(results.causes[i] as number, KIND_CAP);
      }
    }
  }
  return available;
}
