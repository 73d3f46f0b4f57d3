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
    expect([plan.added.length, plan.links.length, plan.conflicts.length, plan.linkConflicts.length, plan.same]).toEqual([0, 0, 0, 0, 30]);
  });

  it('a link whose strength or rationale the colleague changed is a conflict, resolved field by field', () => {
    const ours = { policies: base.policies, links: base.links };
    const [first, second] = base.links;
    const third = base.links.find((l) => l.policyId !== first!.policyId && l.policyId !== second!.policyId);
    const policyOfThird = base.policies.find((p) => p.id === third!.policyId)!;
    const theirs = {
      ...base,
      // The third link's policy is under another id in their file: the same policy by title and city.
      policies: base.policies.map((p) => (p.id === policyOfThird.id ? { ...p, id: 'their-id' } : p)),
      links: base.links.map((l) => {
        if (l.id === first!.id) return { ...l, strength: l.strength === 'primary' ? ('secondary' as const) : ('primary' as const), rationale: 'Their reason' };
        if (l.id === second!.id) return { ...l, author: 'Someone else', updatedAt: '2027-01-01T00:00:00.000Z' }; // not a conflict
        if (l.id === third!.id) return { ...l, id: `their-id|${l.itemId}`, policyId: 'their-id', rationale: 'Edited under their id' };
        return l;
      }),
    };
    const plan = planMerge(ours, theirs);
    expect(plan.links).toEqual([]);
    expect(plan.linkConflicts.map((c) => [c.mine.id, c.fields])).toEqual([
      [first!.id, ['strength', 'rationale']],
      [third!.id, ['rationale']],
    ]);
    expect(plan.linkConflicts[1]!.theirs).toMatchObject({ id: third!.id, policyId: third!.policyId, rationale: 'Edited under their id' });

    // No choice: nothing of ours changes.
    expect(mergeOps(plan, {}, '2026-06-01T00:00:00.000Z')).toEqual([]);
    // Their rationale, our strength.
    const ops = mergeOps(plan, {}, '2026-06-01T00:00:00.000Z', { [first!.id]: { rationale: 'theirs', strength: 'mine' }, [third!.id]: { rationale: 'theirs' } });
    expect(ops).toEqual([
      { table: 'links', id: first!.id, before: first, after: { ...first!, rationale: 'Their reason', updatedAt: '2026-06-01T00:00:00.000Z' } },
      { table: 'links', id: third!.id, before: third, after: { ...third!, rationale: 'Edited under their id', updatedAt: '2026-06-01T00:00:00.000Z' } },
    ]);
  });
});
