import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../../../shared/workspace/demo';
import { workspaceReadMessage } from '../../../../shared/workspace/parse';
import { checkWorkspace, emptyWorkspace, readWorkspaceText, stringifyWorkspace, toWorkspaceFile } from '../../../../shared/workspace/serialize';
import { translator } from '../translator';

describe('workspace files', () => {
  const ws = generateDemoWorkspace({ policies: 300, seed: 2 });

  it('round-trip through text unchanged, and other tools can read the top level', () => {
    const text = stringifyWorkspace(ws);
    const plain = JSON.parse(text);
    expect(Object.keys(plain)).toEqual(expect.arrayContaining(['format', 'version', 'policies', 'links']));
    expect(plain.format).toBe('hrmap-workspace');
    const back = readWorkspaceText(text);
    expect(back.ok && back.workspace).toEqual(ws);
    expect(stringifyWorkspace(ws)).toBe(text);
  });

  it('carries the change log, settings and framework versions, without store-only fields', () => {
    const policy = ws.policies[0]!;
    const file = toWorkspaceFile({
      name: 'Mine',
      savedAt: '2026-03-01T10:00:00.000Z',
      frameworks: [{ id: 'udhr', version: '1948' }, { id: 'charter', version: '2011' }],
      settings: { backupsToKeep: 12 },
      policies: [policy],
      links: [],
      changes: [{ seq: 7, at: '2026-03-01T09:00:00.000Z', label: 'history.edit', ops: [{ table: 'policies', id: policy.id, before: null, after: policy }], undone: 0 }],
    });
    const back = readWorkspaceText(stringifyWorkspace(file));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.workspace.frameworks.map((f) => f.id)).toEqual(['charter', 'udhr']);
    expect(back.workspace.settings).toEqual({ backupsToKeep: 12 });
    expect(back.workspace.changes).toHaveLength(1);
    expect(back.workspace.changes[0]).not.toHaveProperty('seq');
    expect(back.workspace.changes[0]!.ops[0]!.after).toEqual(policy);
  });

  it('accepts a version 1 file written before the change log existed', () => {
    const old = JSON.stringify({ format: 'hrmap-workspace', version: 1, name: 'x', savedAt: '2026-01-01', policies: [], links: [] });
    const back = readWorkspaceText(old);
    expect(back.ok && back.workspace.changes).toEqual([]);
  });

  it('names the official wording imported per framework, and reads files written before it was kept', () => {
    const record = { source: 'UCLG 2011 text', version: '2011', languages: ['en', 'fr'] as ('en' | 'fr')[], items: 76, importedAt: '2026-02-01T10:00:00.000Z' };
    const file = toWorkspaceFile({ ...ws, frameworks: [{ id: 'charter', version: '2011', officialText: [record] }, { id: 'sdg', version: '2015' }] });
    const text = stringifyWorkspace(file);
    const back = readWorkspaceText(text);
    expect(back.ok && back.workspace.frameworks).toEqual([{ id: 'charter', version: '2011', officialText: [record] }, { id: 'sdg', version: '2015' }]);
    expect(back.ok && stringifyWorkspace(back.workspace)).toBe(text);
    // A file saved before (frameworks with id and version only) reads as it did, with the same version number.
    const before = JSON.stringify({ format: 'hrmap-workspace', version: 1, name: 'x', savedAt: '2026-01-01', frameworks: [{ id: 'charter', version: '2011' }], policies: [], links: [] });
    const old = readWorkspaceText(before);
    expect(old.ok && old.workspace.frameworks).toEqual([{ id: 'charter', version: '2011' }]);
    expect(JSON.parse(text).version).toBe(1);
    // A record that is not what we write is refused, not half-read.
    const bad = JSON.parse(text);
    bad.frameworks[0].officialText[0].languages = ['de'];
    expect(readWorkspaceText(JSON.stringify(bad)).ok).toBe(false);
  });

  it('refuses future versions and damaged files with a reason, worded in the reader’s language', () => {
    const reason = (text: string) => {
      const read = readWorkspaceText(text);
      if (read.ok) throw new Error('expected a refusal');
      return read.problem;
    };
    const future = reason(JSON.stringify({ ...emptyWorkspace('x', '2026-01-01'), version: 9 }));
    expect(future).toEqual({ kind: 'newerVersion', version: 9, supported: 1 });
    expect(workspaceReadMessage(translator('en'), future)).toMatch(/newer HRMap \(file version 9/);
    expect(workspaceReadMessage(translator('fr'), future)).toMatch(/version plus récente de HRMap/);

    const text = stringifyWorkspace(ws);
    const truncated = reason(text.slice(0, 5000));
    const lines = text.slice(0, 5000).split('\n');
    expect(truncated).toEqual({ kind: 'json', line: lines.length, column: lines.at(-1)!.length + 1 });
    expect(workspaceReadMessage(translator('es'), truncated)).toBe(`No es un archivo de espacio de trabajo: el JSON no se puede leer en la línea ${lines.length}, columna ${lines.at(-1)!.length + 1}.`);

    const broken = reason(stringifyWorkspace({ ...ws, policies: [{ ...ws.policies[0]!, title: '' }] }));
    expect(broken).toEqual({ kind: 'schema', issues: [{ path: 'policies.0.title', code: 'tooShort', limit: 1 }] });
    expect(workspaceReadMessage(translator('fr'), broken)).toBe('Le fichier d’espace de travail est endommagé ou non valide : policies.0.title : au moins 1 caractère.');

    const { title: _title, ...untitled } = ws.policies[0]!;
    const missing = reason(stringifyWorkspace({ ...ws, policies: [untitled as typeof ws.policies[0]] }));
    expect(workspaceReadMessage(translator('en'), missing)).toBe('The workspace file is damaged or invalid: policies.0.title: missing.');
    expect(workspaceReadMessage(translator('es'), reason('{"format":"something-else"}'))).toBe('No es un archivo de espacio de trabajo: «format» debe ser «hrmap-workspace».');
  });

  it('finds what the schema cannot: duplicate ids, orphan links, unknown items and groups', () => {
    const [a, b] = ws.policies;
    const link = ws.links.find((l) => l.policyId === a!.id)!;
    const bad = {
      ...ws,
      policies: [a!, { ...b!, id: a!.id, groups: ['martians'] }],
      links: [link, link, { ...link, id: 'x|sdg:6.1', policyId: 'x', itemId: 'sdg:6.1' }, { ...link, id: `${a!.id}|sdg:6.9`, itemId: 'sdg:6.9' }],
    };
    const codes = checkWorkspace(bad, (id) => id !== 'sdg:6.9').map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['duplicatePolicyId', 'unknownGroup', 'duplicateLinkId', 'orphanLink', 'unknownItem']));
  });
});
