import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../../../shared/workspace/demo';
import { mergeOps, planMerge } from '../../../../shared/workspace/merge';

describe('merging a colleague’s workspace', () => {
  const base = generateDemoWorkspace({ policies: 30, seed: 12 });
  const mine = { policies: base.policies.map((p) => ({ ...p })), links: [...base.links] };

  it('adds new policies and links, reports policies edited on both sides field by field', () => {
    const [a, b, c] = base.policies;
    mine.policies[0] = { ...a!, status: 'completed' };
    const newPolicy = { ...c!, id: 'colleague-1', title: 'Night buses for shift workers', city: 'Lima' };
    const theirs = {
      ...base,
      policies: [
        { ...a!, status: 'suspended' as const, startYear: 2001 }, // edited on both sides: a conflict
        { ...b! }, // unchanged
        newPolicy,
        // Same title and city under another id: the same policy, with a new link.
        { ...c!, id: 'other-id-for-c' },
      ],
      links: [
        ...base.links.filter((l) => l.policyId === b!.id),
        { ...base.links[0]!, id: 'colleague-1|sdg:11.2', policyId: 'colleague-1', itemId: 'sdg:11.2' },
        { ...base.links[0]!, id: 'other-id-for-c|udhr:13', policyId: 'other-id-for-c', itemId: 'udhr:13' },
      ],
    };
    const plan = planMerge(mine, theirs);
    expect(plan.added.map((p) => p.id)).toEqual(['colleague-1']);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]!.fields).toEqual(['status', 'startYear']);
    expect(plan.same).toBe(2);
    expect(plan.links.map((l) => l.id).sort()).toEqual(['colleague-1|sdg:11.2', `${c!.id}|udhr:13`].sort());

    // Nothing of ours changes without a choice; a choice takes exactly the chosen field.
    const keepMine = mergeOps(plan, {}, '2026-06-01T00:00:00.000Z');
    expect(keepMine.filter((op) => op.table === 'policies' && op.before)).toEqual([]);
    const takeStatus = mergeOps(plan, { [a!.id]: { status: 'theirs', startYear: 'mine' } }, '2026-06-01T00:00:00.000Z');
    const edit = takeStatus.find((op) => op.table === 'policies' && op.before)!;
    expect(edit.after).toMatchObject({ id: a!.id, status: 'suspended', startYear: a!.startYear });
    expect(edit.before).toEqual(mine.policies[0]);
  });

  it('merging a file into itself changes nothing', () => {
    const plan = planMerge({ policies: base.policies, links: base.links }, base);
    expect([plan.added.length, plan.links.length, plan.conflicts.length, plan.same]).toEqual([0, 0, 0, 30]);
  });
});
