import 'fake-indexeddb/auto'; // before Dexie loads: Dexie reads indexedDB when it is imported
import { describe, expect, it } from 'vitest';
import { browserBackups } from '../../../renderer/platform/browserBackups';
import type { BackupInfo } from '../../../shared/platform/bridge';
import { RESCUES_TO_KEEP } from '../../../shared/platform/bridgeSchemas';

let n = 0;
const freshBackups = () => browserBackups(`hrmap-backups-rotation-${n++}`);

const at = (minute: number) => `2026-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('browser backups: rescue rotation', () => {
  it('keeps the newest RESCUES_TO_KEEP rescues; writing one never removes a snapshot, writing a snapshot never removes a rescue', async () => {
    const backups = freshBackups();
    for (let i = 0; i < 3; i++) await backups.writeBackup({ at: at(i), policies: 100 + i, links: 0, data: new Uint8Array([100 + i]), keep: 3 });
    const rescues: BackupInfo[] = [];
    // keep: 1 on a rescue must not shrink the three snapshots (it is the snapshots' setting).
    for (let i = 0; i < RESCUES_TO_KEEP + 2; i++) rescues.push(await backups.writeBackup({ kind: 'rescue', at: at(10 + i), policies: i, links: 0, data: new Uint8Array([i]), keep: 1 }));
    const list = await backups.listBackups();
    expect(list.filter((b) => b.kind === 'auto').map((b) => b.policies)).toEqual([102, 101, 100]);
    const kept = Array.from({ length: RESCUES_TO_KEEP }, (_, k) => RESCUES_TO_KEEP + 1 - k); // the newest: numbers K+1 down to 2
    expect(list.filter((b) => b.kind === 'rescue').map((b) => b.policies)).toEqual(kept);
    // The two oldest are gone with their bytes; the oldest one kept still reads back whole.
    expect(await backups.readBackup(rescues[0]!.id)).toBeNull();
    expect(await backups.readBackup(rescues[1]!.id)).toBeNull();
    expect(await backups.readBackup(rescues[2]!.id)).toEqual(new Uint8Array([2]));

    await backups.writeBackup({ at: at(30), policies: 200, links: 0, data: new Uint8Array([200]), keep: 1 });
    const after = await backups.listBackups();
    expect(after.map((b) => [b.kind, b.policies])).toEqual([['auto', 200], ...kept.map((p) => ['rescue', p])]);
  });
});
